package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one current plan of a household (H-4) with its goals. Rules about the plan as a whole live
 * here; {@link Planning} stores what they allow.
 */
public record Plan(
        UUID id,
        UUID householdId,
        int version,
        PlanStatus status,
        Arrangement arrangement,
        String arrangementOther,
        String firstAgreements,
        boolean familyGroupPlan,
        LocalDate writtenPlanRequestedOn,
        LocalDate noFamilyGroupPlanOn,
        int lastVersionNumber,
        boolean changedSinceVersion,
        Instant createdAt,
        Instant closedAt,
        CloseReason closeReason,
        List<Goal> goals) {

    /** G-1: few goals; EenPlan warns past this many open goals. */
    public static final int GOALS_BEFORE_WARNING = 5;

    public boolean closed() {
        return status == PlanStatus.CLOSED;
    }

    /** G-1: a gentle warning, never a refusal. */
    public boolean tooManyGoals() {
        return goals.stream().filter(Goal::open).count() > GOALS_BEFORE_WARNING;
    }

    public Stream<Action> actions() {
        return goals.stream().flatMap(g -> g.actions().stream());
    }

    public Optional<Goal> goal(UUID goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * PL-9, R-1, G-2: a plan can be established when it has a coordinator and at least one goal with
     * an action; the answer is the message key of what is missing.
     */
    public Optional<String> whyNotEstablishable(boolean hasCoordinator) {
        if (closed()) {
            return Optional.of("plan.establish.closed");
        }
        if (!hasCoordinator) {
            return Optional.of("plan.establish.noCoordinator");
        }
        if (goals.stream().filter(Goal::open).noneMatch(g -> !g.actions().isEmpty())) {
            return Optional.of("plan.establish.noGoalWithAction");
        }
        if (status == PlanStatus.ESTABLISHED && !changedSinceVersion) {
            return Optional.of("plan.establish.unchanged");
        }
        return Optional.empty();
    }

    /**
     * R-7, G-3: a plan closes when care is wound down (every goal evaluated and closed) or handed
     * over (open goals go with the care to others).
     */
    public Optional<String> whyNotClosable(CloseReason reason) {
        if (closed()) {
            return Optional.of("plan.close.alreadyClosed");
        }
        if (reason == null) {
            return Optional.of("plan.close.reasonRequired");
        }
        if (reason == CloseReason.WOUND_DOWN && goals.stream().anyMatch(Goal::open)) {
            return Optional.of("plan.close.openGoals");
        }
        return Optional.empty();
    }
}
