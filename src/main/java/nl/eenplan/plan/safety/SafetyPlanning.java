package nl.eenplan.plan.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Signalling;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.PlanRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety plan's use cases (PL-6), for its page and its API alike: read it as {@link SafetySight} allows,
 * start it when safety is at stake (possibly answering a step of the reporting code, C-6), write down its
 * risks, agreements, watches and calls, evaluate it at its own moments, and end it. Every change claims the
 * plan's version ({@link PlanPartChanges}) and is logged; every read is logged once.
 */
@Service
public class SafetyPlanning {

    private final PlanPartChanges changes;
    private final SafetyPlans safetyPlans;
    private final SafetySight sight;
    private final SafetyPlanPart part;
    private final Signalling signalling;
    private final Team team;
    private final Clock clock;

    SafetyPlanning(
            PlanPartChanges changes,
            SafetyPlans safetyPlans,
            SafetySight sight,
            SafetyPlanPart part,
            Signalling signalling,
            Team team,
            Clock clock) {
        this.changes = changes;
        this.safetyPlans = safetyPlans;
        this.sight = sight;
        this.part = part;
        this.signalling = signalling;
        this.team = team;
        this.clock = clock;
    }

    /** PL-6, X-5: the tab as this viewer sees it; logged once. Copy-only recipients read it in versions only. */
    @Transactional
    public SafetyView read(UUID householdId, Viewer viewer) {
        var plan = visiblePlan(householdId, viewer);
        var seen = seen(householdId, viewer);
        var all = safetyPlans.ofPlan(plan.id());
        var current = all.stream().filter(SafetyPlan::open).findFirst();
        var ended = all.stream().filter(s -> !s.open()).toList();
        changes.log(
                viewer,
                "SAFETY_PLAN_READ",
                plan,
                current.map(s -> s.id().toString()).orElse(null));
        if (seen == SafetySight.Seen.NAMED) {
            var me = viewer.participant().id();
            return new SafetyView(
                    plan, seen, current.map(s -> s.naming(me)), java.util.List.of(), Optional.empty(), false);
        }
        var answers = current.map(SafetyPlan::signalId).flatMap(id -> signalling.find(householdId, id));
        return new SafetyView(plan, seen, current, ended, answers, viewer.mayEdit() && !plan.closed());
    }

    /** PL-6: safety is at stake; {@code signalId} (optional) is the step of the reporting code it answers (C-6). */
    @Transactional
    public UUID start(UUID householdId, Viewer viewer, int expectedVersion, String reason, UUID signalId) {
        seenWhole(householdId, viewer);
        if (SafetyContent.blank(reason)) {
            throw new PlanRefused("plan.safety.reason.required");
        }
        if (SafetyContent.tooLong(reason)) {
            throw new PlanRefused("plan.safety.tooLong");
        }
        if (signalId != null && signalling.find(householdId, signalId).isEmpty()) {
            throw new PlanRefused("plan.safety.signal.unknown");
        }
        var plan = visiblePlan(householdId, viewer);
        if (safetyPlans.open(plan.id()).isPresent()) {
            throw new PlanRefused("plan.safety.alreadyStarted");
        }
        plan = changes.change(householdId, viewer, expectedVersion, part, "SAFETY_PLAN_STARTED", null);
        var id = UUID.randomUUID();
        safetyPlans.start(
                new SafetyPlan(
                        id,
                        plan.id(),
                        householdId,
                        viewer.participant().id(),
                        today(),
                        reason.strip(),
                        signalId,
                        null,
                        null,
                        null,
                        java.util.List.of()),
                clock.instant());
        return id;
    }

    /** PL-6: what the open safety plan says now, written down at once. */
    @Transactional
    public void change(UUID householdId, Viewer viewer, int expectedVersion, SafetyContent content) {
        var open = open(householdId, viewer);
        var members = team.of(householdId).stream().map(p -> p.id()).toList();
        if (!members.containsAll(content.named())) {
            throw new PlanRefused("plan.safety.participant.unknown");
        }
        changes.change(
                householdId,
                viewer,
                expectedVersion,
                part,
                "SAFETY_PLAN_CHANGED",
                open.id().toString());
        safetyPlans.replaceLines(open.id(), content);
    }

    /** PL-6: an evaluation moment evaluated, with what came out of it (as goals are evaluated, G-3). */
    @Transactional
    public void evaluate(
            UUID householdId, Viewer viewer, int expectedVersion, UUID momentId, LocalDate on, String outcome) {
        var open = open(householdId, viewer);
        var moment = open.moments().stream()
                .filter(m -> m.id().equals(momentId))
                .findFirst()
                .orElseThrow(() -> new PlanRefused("plan.safety.moment.unknown"));
        if (moment.evaluated()) {
            throw new PlanRefused("plan.safety.moment.alreadyEvaluated");
        }
        if (on == null || on.isAfter(today())) {
            throw new PlanRefused("plan.safety.evaluation.on.invalid");
        }
        if (SafetyContent.blank(outcome)) {
            throw new PlanRefused("plan.safety.evaluation.outcome.required");
        }
        if (SafetyContent.tooLong(outcome)) {
            throw new PlanRefused("plan.safety.tooLong");
        }
        changes.change(householdId, viewer, expectedVersion, part, "SAFETY_PLAN_EVALUATED", momentId.toString());
        safetyPlans.evaluate(momentId, on, outcome.strip(), viewer.participant().id());
    }

    /** PL-6: safety is no longer at stake; the safety plan ends and is kept as history. */
    @Transactional
    public void end(UUID householdId, Viewer viewer, int expectedVersion, String reason) {
        var open = open(householdId, viewer);
        if (SafetyContent.blank(reason)) {
            throw new PlanRefused("plan.safety.endReason.required");
        }
        if (SafetyContent.tooLong(reason)) {
            throw new PlanRefused("plan.safety.tooLong");
        }
        changes.change(
                householdId,
                viewer,
                expectedVersion,
                part,
                "SAFETY_PLAN_ENDED",
                open.id().toString());
        safetyPlans.end(open.id(), today(), viewer.participant().id(), reason.strip());
    }

    private SafetyPlan open(UUID householdId, Viewer viewer) {
        seenWhole(householdId, viewer);
        var plan = visiblePlan(householdId, viewer);
        return safetyPlans.open(plan.id()).orElseThrow(() -> new PlanRefused("plan.safety.notStarted"));
    }

    /** Changes are made by those who see it all and may change the plan; to others the plan is not found. */
    private void seenWhole(UUID householdId, Viewer viewer) {
        if (seen(householdId, viewer) != SafetySight.Seen.ALL || !viewer.mayEdit()) {
            throw new PlanNotFound();
        }
    }

    /** C-1: the current plan; a copy-only recipient reads the safety plan in versions only (PL-9). */
    private Plan visiblePlan(UUID householdId, Viewer viewer) {
        var plan = changes.current(householdId, viewer);
        if (viewer.scope() == Viewer.Scope.COPY) {
            throw new PlanNotFound();
        }
        return plan;
    }

    /** PL-6, C-2: how much of it this viewer sees; nothing: refused, saying why. */
    private SafetySight.Seen seen(UUID householdId, Viewer viewer) {
        viewer.seeingPlan();
        var seen = sight.of(viewer);
        if (seen == SafetySight.Seen.NONE) {
            throw new SafetyPlanHidden(householdId, sight.withoutSafetyConsent(viewer), viewer.professional());
        }
        return seen;
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
