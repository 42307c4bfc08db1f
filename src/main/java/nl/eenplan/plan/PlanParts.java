package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A {@link Plan} with one of its parts changed: the copies its transitions and views make. */
final class PlanParts {

    private PlanParts() {}

    static Plan started(UUID id, UUID householdId, Instant at) {
        return new Plan(
                id,
                householdId,
                0,
                PlanStatus.DRAFT,
                null,
                null,
                "",
                false,
                null,
                null,
                0,
                true,
                at,
                null,
                null,
                List.of(),
                Situation.NONE);
    }

    static Plan withGoals(Plan plan, List<Goal> goals) {
        var copy = new Copy(plan);
        copy.goals = List.copyOf(goals);
        return copy.plan();
    }

    static Plan withTab1(Plan plan, Tab1 tab1) {
        var copy = new Copy(plan);
        copy.arrangement = tab1.arrangement();
        copy.arrangementOther = tab1.arrangementOther();
        copy.firstAgreements = tab1.firstAgreements();
        copy.familyGroupPlan = tab1.familyGroupPlan();
        copy.writtenPlanRequestedOn = tab1.writtenPlanRequestedOn();
        copy.noFamilyGroupPlanOn = tab1.noFamilyGroupPlanOn();
        return copy.plan();
    }

    /** PL-1, PL-10: the plan with tab 1's situation, help question, foster parents and closed youth care. */
    static Plan withSituation(Plan plan, Situation situation) {
        var copy = new Copy(plan);
        copy.situation = situation;
        return copy.plan();
    }

    /** PL-9, R-7: the plan established as version {@code lastVersion}, or closed. */
    static Plan withStatus(
            Plan plan, PlanStatus status, int lastVersion, boolean changedSince, Instant closedAt, CloseReason why) {
        var copy = new Copy(plan);
        copy.status = status;
        copy.lastVersionNumber = lastVersion;
        copy.changedSinceVersion = changedSince;
        copy.closedAt = closedAt;
        copy.closeReason = why;
        return copy.plan();
    }

    /** a network member sees the goals he has an action in, with those actions only, and no tab 1. */
    static Plan onlyActionsOf(Plan plan, UUID participantId) {
        var goals = plan.goals().stream()
                .filter(g -> g.actions().stream().anyMatch(a -> a.involves(participantId)))
                .map(g -> new Goal(
                        g.id(),
                        g.priority(),
                        g.title(),
                        g.status(),
                        g.actions().stream()
                                .filter(a -> a.involves(participantId))
                                .toList(),
                        List.of()))
                .toList();
        // PL-10: whether he is a foster parent stays, so he can agree to the part about his role.
        var own = plan.situation().fosterParent(participantId) ? Set.of(participantId) : Set.<UUID>of();
        var bare = withSituation(
                withTab1(plan, new Tab1(null, null, "", plan.familyGroupPlan(), null, null)),
                new Situation("", "", own, null));
        return withGoals(bare, goals);
    }

    /**
     * The one copy step: every field of a {@link Plan} as it is, for a {@code with...} to change only what
     * differs. A new field of {@link Plan} is added here (and where a plan starts or is read), nowhere else.
     */
    private static final class Copy {
        private final UUID id;
        private final UUID householdId;
        private final int version;
        private PlanStatus status;
        private Arrangement arrangement;
        private String arrangementOther;
        private String firstAgreements;
        private boolean familyGroupPlan;
        private LocalDate writtenPlanRequestedOn;
        private LocalDate noFamilyGroupPlanOn;
        private int lastVersionNumber;
        private boolean changedSinceVersion;
        private final Instant createdAt;
        private Instant closedAt;
        private CloseReason closeReason;
        private List<Goal> goals;
        private Situation situation;

        private Copy(Plan plan) {
            id = plan.id();
            householdId = plan.householdId();
            version = plan.version();
            status = plan.status();
            arrangement = plan.arrangement();
            arrangementOther = plan.arrangementOther();
            firstAgreements = plan.firstAgreements();
            familyGroupPlan = plan.familyGroupPlan();
            writtenPlanRequestedOn = plan.writtenPlanRequestedOn();
            noFamilyGroupPlanOn = plan.noFamilyGroupPlanOn();
            lastVersionNumber = plan.lastVersionNumber();
            changedSinceVersion = plan.changedSinceVersion();
            createdAt = plan.createdAt();
            closedAt = plan.closedAt();
            closeReason = plan.closeReason();
            goals = plan.goals();
            situation = plan.situation();
        }

        private Plan plan() {
            return new Plan(
                    id,
                    householdId,
                    version,
                    status,
                    arrangement,
                    arrangementOther,
                    firstAgreements,
                    familyGroupPlan,
                    writtenPlanRequestedOn,
                    noFamilyGroupPlanOn,
                    lastVersionNumber,
                    changedSinceVersion,
                    createdAt,
                    closedAt,
                    closeReason,
                    goals,
                    situation);
        }
    }
}
