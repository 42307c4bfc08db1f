package nl.eenplan.feed;

import java.time.Clock;
import java.util.UUID;
import nl.eenplan.consent.ConsentGiven;
import nl.eenplan.consent.ConsentWithdrawn;
import nl.eenplan.escalation.EscalationEnded;
import nl.eenplan.escalation.EscalationEvent;
import nl.eenplan.escalation.EscalationRaised;
import nl.eenplan.escalation.EscalationStarted;
import nl.eenplan.meeting.RoundTableCancelled;
import nl.eenplan.meeting.RoundTableEvent;
import nl.eenplan.meeting.RoundTableHeld;
import nl.eenplan.meeting.RoundTableInitiated;
import nl.eenplan.meeting.RoundTablePlanned;
import nl.eenplan.participation.CoordinationChanged;
import nl.eenplan.participation.CoordinationIntensityDecided;
import nl.eenplan.participation.ParticipantJoined;
import nl.eenplan.participation.ParticipantLeft;
import nl.eenplan.plan.PlanEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a feed entry for each change the other modules publish, synchronously, in the transaction of
 * the change: the entry commits with it or not at all (docs/adr/0030). It keeps ids only.
 */
@Component
class FeedRecorder {

    private final FeedEntries entries;
    private final Clock clock;

    FeedRecorder(FeedEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(PlanEvent event) {
        switch (event) {
            case PlanEvent.PlanStarted e -> plan("nl.eenplan.plan.started", e, null, null, null);
            case PlanEvent.Tab1Updated e -> plan("nl.eenplan.plan.changed", e, null, null, null);
            case PlanEvent.PartChanged e -> plan("nl.eenplan.plan.changed", e, null, null, null);
            case PlanEvent.GoalAdded e -> plan("nl.eenplan.goal.added", e, null, "goal", e.goalId());
            case PlanEvent.GoalRaised e -> plan("nl.eenplan.goal.changed", e, null, "goal", e.goalId());
            case PlanEvent.GoalEvaluated e -> plan("nl.eenplan.goal.evaluated", e, null, "goal", e.goalId());
            case PlanEvent.ActionAdded e -> plan("nl.eenplan.action.added", e, null, "action", e.actionId());
            case PlanEvent.ActionUpdated e -> plan("nl.eenplan.action.changed", e, null, "action", e.actionId());
            case PlanEvent.ActionDone e -> plan("nl.eenplan.action.done", e, null, "action", e.actionId());
            case PlanEvent.PlanAgreed e -> plan("nl.eenplan.plan.agreed", e, null, null, null);
            case PlanEvent.PlanEstablished e -> plan("nl.eenplan.plan.established", e, e.number(), null, null);
            case PlanEvent.PlanClosed e -> plan("nl.eenplan.plan.closed", e, null, null, null);
        }
    }

    @EventListener
    void on(CoordinationChanged event) {
        write("nl.eenplan.team.changed", event.householdId(), "participant", event.coordinatorId());
    }

    /** the access team's decision on intensive coordination; the household is all it names. */
    @EventListener
    void on(CoordinationIntensityDecided event) {
        write("nl.eenplan.coordination.intensity-decided", event.householdId(), null, null);
    }

    @EventListener
    void on(ParticipantJoined event) {
        write("nl.eenplan.team.changed", event.householdId(), "participant", event.participantId());
    }

    @EventListener
    void on(ParticipantLeft event) {
        write("nl.eenplan.team.changed", event.householdId(), "participant", event.participantId());
    }

    @EventListener
    void on(ConsentGiven event) {
        write("nl.eenplan.consent.recorded", event.householdId(), "consent", event.consentId());
    }

    @EventListener
    void on(ConsentWithdrawn event) {
        write("nl.eenplan.consent.withdrawn", event.householdId(), "consent", event.consentId());
    }

    @EventListener
    void on(EscalationEvent event) {
        var type = switch (event) {
            case EscalationStarted e -> "nl.eenplan.escalation.started";
            case EscalationRaised e -> "nl.eenplan.escalation.raised";
            case EscalationEnded e -> "nl.eenplan.escalation.ended";
            default -> "nl.eenplan.escalation.changed";
        };
        write(type, event.householdId(), "escalation", event.escalationId());
    }

    @EventListener
    void on(RoundTableEvent event) {
        var type = switch (event) {
            case RoundTableInitiated e -> "nl.eenplan.round-table.initiated";
            case RoundTablePlanned e -> "nl.eenplan.round-table.planned";
            case RoundTableHeld e -> "nl.eenplan.round-table.held";
            case RoundTableCancelled e -> "nl.eenplan.round-table.cancelled";
            default -> "nl.eenplan.round-table.changed";
        };
        write(type, event.householdId(), "round-table", event.roundTableId());
    }

    private void plan(String type, PlanEvent event, Integer version, String subjectType, UUID subjectId) {
        entries.append(
                UUID.randomUUID(),
                type,
                event.householdId(),
                event.planId(),
                version,
                subjectType,
                subjectId,
                clock.instant());
    }

    private void write(String type, UUID householdId, String subjectType, UUID subjectId) {
        entries.append(UUID.randomUUID(), type, householdId, null, null, subjectType, subjectId, clock.instant());
    }
}
