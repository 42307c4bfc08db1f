package nl.eenplan.plan;

import java.time.Instant;
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
        return new Plan(
                plan.id(),
                plan.householdId(),
                plan.version(),
                plan.status(),
                plan.arrangement(),
                plan.arrangementOther(),
                plan.firstAgreements(),
                plan.familyGroupPlan(),
                plan.writtenPlanRequestedOn(),
                plan.noFamilyGroupPlanOn(),
                plan.lastVersionNumber(),
                plan.changedSinceVersion(),
                plan.createdAt(),
                plan.closedAt(),
                plan.closeReason(),
                List.copyOf(goals),
                plan.situation());
    }

    static Plan withTab1(Plan plan, Tab1 tab1) {
        return new Plan(
                plan.id(),
                plan.householdId(),
                plan.version(),
                plan.status(),
                tab1.arrangement(),
                tab1.arrangementOther(),
                tab1.firstAgreements(),
                tab1.familyGroupPlan(),
                tab1.writtenPlanRequestedOn(),
                tab1.noFamilyGroupPlanOn(),
                plan.lastVersionNumber(),
                plan.changedSinceVersion(),
                plan.createdAt(),
                plan.closedAt(),
                plan.closeReason(),
                plan.goals(),
                plan.situation());
    }

    /** PL-1, PL-10: the plan with tab 1's situation, help question, foster parents and closed youth care. */
    static Plan withSituation(Plan plan, Situation situation) {
        return new Plan(
                plan.id(),
                plan.householdId(),
                plan.version(),
                plan.status(),
                plan.arrangement(),
                plan.arrangementOther(),
                plan.firstAgreements(),
                plan.familyGroupPlan(),
                plan.writtenPlanRequestedOn(),
                plan.noFamilyGroupPlanOn(),
                plan.lastVersionNumber(),
                plan.changedSinceVersion(),
                plan.createdAt(),
                plan.closedAt(),
                plan.closeReason(),
                plan.goals(),
                situation);
    }

    /** PL-9, R-7: the plan established as version {@code lastVersion}, or closed. */
    static Plan withStatus(
            Plan plan, PlanStatus status, int lastVersion, boolean changedSince, Instant closedAt, CloseReason why) {
        return new Plan(
                plan.id(),
                plan.householdId(),
                plan.version(),
                status,
                plan.arrangement(),
                plan.arrangementOther(),
                plan.firstAgreements(),
                plan.familyGroupPlan(),
                plan.writtenPlanRequestedOn(),
                plan.noFamilyGroupPlanOn(),
                lastVersion,
                changedSince,
                plan.createdAt(),
                closedAt,
                why,
                plan.goals(),
                plan.situation());
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
}
