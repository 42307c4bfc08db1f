package nl.eenplan.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.ComplexityCriterion;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.Action;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.Evaluation;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.GoalStatus;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanStatus;

/**
 * A household's current plan as the API shows it to one person. X-5: tab 1, the team and the
 * evaluations only for those who see the whole plan; R-1: everyone sees who coordinates.
 */
public record PlanResource(
        UUID householdId,
        String household,
        UUID planId,
        int version,
        PlanStatus status,
        int lastVersionNumber,
        boolean changedSinceVersion,
        boolean tooManyGoals,
        Tab1Resource tab1,
        CoordinationResource coordination,
        List<ParticipantResource> participants,
        List<GoalResource> goals) {

    public record Tab1Resource(
            Arrangement arrangement,
            String arrangementOther,
            String firstAgreements,
            boolean familyGroupPlan,
            LocalDate writtenPlanRequestedOn,
            LocalDate noFamilyGroupPlanOn,
            String situation,
            String helpQuestion,
            List<PersonReference> fosterParents,
            LocalDate closedYouthCareSince) {

        /** Tab 1 without a situation, help question, foster parents or closed youth care. */
        public Tab1Resource(
                Arrangement arrangement,
                String arrangementOther,
                String firstAgreements,
                boolean familyGroupPlan,
                LocalDate writtenPlanRequestedOn,
                LocalDate noFamilyGroupPlanOn) {
            this(
                    arrangement,
                    arrangementOther,
                    firstAgreements,
                    familyGroupPlan,
                    writtenPlanRequestedOn,
                    noFamilyGroupPlanOn,
                    "",
                    "",
                    List.of(),
                    null);
        }
    }

    public record CoordinationResource(
            PersonReference coordinator,
            CoordinationForm form,
            boolean complex,
            Set<ComplexityCriterion> complexityCriteria,
            PersonReference processCoordinator,
            ChosenBy chosenBy) {}

    public record ParticipantResource(UUID id, String name, String relation, ParticipantKind kind, boolean active) {}

    public record PersonReference(UUID id, String name) {}

    public record GoalResource(
            UUID id,
            int priority,
            String title,
            GoalStatus status,
            LocalDate nextEvaluation,
            List<ActionResource> actions,
            List<EvaluationResource> evaluations) {}

    public record ActionResource(
            UUID id,
            UUID goalId,
            String what,
            List<PersonReference> who,
            LocalDate startDate,
            LocalDate targetDate,
            LocalDate evaluationDate,
            Instant doneAt) {}

    public record EvaluationResource(
            UUID id,
            LocalDate evaluatedOn,
            boolean reached,
            Boolean actionsDone,
            String whyNotDone,
            String howToImprove,
            String whyNoEffect,
            Boolean onRightTrack,
            String meaningForHousehold,
            String achieved) {}

    static PlanResource of(
            HouseholdSummary household,
            Plan plan,
            Viewer viewer,
            List<Participant> team,
            CoordinationState coordination) {
        var names = new Names(team);
        var whole = viewer.seesTab1();
        return new PlanResource(
                household.id(),
                household.name(),
                plan.id(),
                plan.version(),
                plan.status(),
                plan.lastVersionNumber(),
                plan.changedSinceVersion(),
                plan.tooManyGoals(),
                whole
                        ? new Tab1Resource(
                                plan.arrangement(),
                                plan.arrangementOther(),
                                plan.firstAgreements(),
                                plan.familyGroupPlan(),
                                plan.writtenPlanRequestedOn(),
                                plan.noFamilyGroupPlanOn(),
                                plan.situation().description(),
                                plan.situation().helpQuestion(),
                                plan.situation().fosterParentIds().stream()
                                        .map(names::of)
                                        .sorted(Comparator.comparing(
                                                PersonReference::name, Comparator.nullsLast(Comparator.naturalOrder())))
                                        .toList(),
                                plan.situation().closedYouthCareOn())
                        : null,
                new CoordinationResource(
                        names.of(coordination.coordinatorId()),
                        coordination.form(),
                        coordination.complex(),
                        coordination.complexityCriteria(),
                        names.of(coordination.processCoordinatorId()),
                        coordination.chosenBy()),
                whole
                        ? team.stream()
                                .map(p -> new ParticipantResource(p.id(), p.name(), p.relation(), p.kind(), p.active()))
                                .toList()
                        : null,
                plan.goals().stream().map(g -> goal(g, names, whole)).toList());
    }

    static GoalResource goal(Goal goal, Names names, boolean withEvaluations) {
        return new GoalResource(
                goal.id(),
                goal.priority(),
                goal.title(),
                goal.status(),
                goal.nextEvaluation(),
                goal.actions().stream().map(a -> action(a, names)).toList(),
                withEvaluations
                        ? goal.evaluations().stream()
                                .map(PlanResource::evaluation)
                                .toList()
                        : List.of());
    }

    static ActionResource action(Action action, Names names) {
        return new ActionResource(
                action.id(),
                action.goalId(),
                action.what(),
                action.participantIds().stream()
                        .map(names::of)
                        .sorted(Comparator.comparing(
                                PersonReference::name, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList(),
                action.startDate(),
                action.targetDate(),
                action.evaluationDate(),
                action.doneAt());
    }

    private static EvaluationResource evaluation(Evaluation e) {
        return new EvaluationResource(
                e.id(),
                e.evaluatedOn(),
                e.reached(),
                e.actionsDone(),
                e.whyNotDone(),
                e.howToImprove(),
                e.whyNoEffect(),
                e.onRightTrack(),
                e.meaningForHousehold(),
                e.achieved());
    }

    /** Participant names by id; someone who left the team keeps his id, without a name. */
    record Names(Map<UUID, String> byId) {

        Names(List<Participant> team) {
            this(team.stream().collect(Collectors.toMap(Participant::id, Participant::name)));
        }

        PersonReference of(UUID id) {
            return id == null ? null : new PersonReference(id, byId.get(id));
        }
    }
}
