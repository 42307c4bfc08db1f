package nl.eenplan.monitoring;

import java.time.Clock;
import nl.eenplan.consent.ConsentGiven;
import nl.eenplan.consent.ConsentWithdrawn;
import nl.eenplan.escalation.EscalationEnded;
import nl.eenplan.escalation.EscalationRaised;
import nl.eenplan.escalation.EscalationStarted;
import nl.eenplan.meeting.RoundTableCancelled;
import nl.eenplan.meeting.RoundTableHeld;
import nl.eenplan.meeting.RoundTableInitiated;
import nl.eenplan.participation.CoordinationChanged;
import nl.eenplan.participation.CoordinationDecided;
import nl.eenplan.plan.PlanEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * MON-1: feeds monitoring's read model from what other modules publish, after their transaction
 * committed, in a transaction of its own; the event publication registry keeps an event until its
 * listener completed, so a failure here is retried (by the recurring task event-publication-retry,
 * or at a restart), never lost, and never undoes the change. Delivered again, an event may come after
 * newer ones: the coordination and tab 1 it carries are applied only when not older than the fact's.
 */
@Component
class MonitoringFeed {

    private final PlanFacts facts;
    private final Clock clock;

    MonitoringFeed(PlanFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    /** an event published before it carried its time has none; it counts from when it is applied. */
    @ApplicationModuleListener
    void on(CoordinationChanged event) {
        facts.coordinated(
                event.householdId(),
                event.coordinatorId(),
                event.form() == null ? null : event.form().name(),
                event.at() == null ? clock.instant() : event.at(),
                event.at());
    }

    @ApplicationModuleListener
    void on(CoordinationDecided event) {
        facts.decided(
                event.householdId(),
                event.municipalityId(),
                event.coordinatorId(),
                event.coordinatorAccountId(),
                event.organisationId(),
                event.form() == null ? null : event.form().name(),
                event.complex(),
                event.at());
    }

    @ApplicationModuleListener
    void on(PlanEvent.Tab1Updated event) {
        facts.tab1(
                event.householdId(),
                event.planId(),
                event.familyGroupPlan(),
                event.writtenPlanRequestedOn(),
                event.noFamilyGroupPlanOn(),
                event.at());
    }

    @ApplicationModuleListener
    void on(PlanEvent.PlanStarted event) {
        facts.planStarted(event.householdId(), event.planId(), event.at());
    }

    @ApplicationModuleListener
    void on(PlanEvent.PlanEstablished event) {
        facts.planEstablished(event.householdId(), event.planId(), event.at());
    }

    @ApplicationModuleListener
    void on(PlanEvent.PlanClosed event) {
        facts.planClosed(event.householdId(), event.planId(), event.at());
    }

    @ApplicationModuleListener
    void on(ConsentGiven event) {
        facts.consentGiven(event.consentId(), event.householdId(), event.at());
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        facts.consentWithdrawn(event.consentId(), event.householdId(), event.at());
    }

    @ApplicationModuleListener
    void on(EscalationStarted event) {
        facts.inMunicipality(event.householdId(), event.municipalityId(), clock.instant());
        facts.escalationAt(event.escalationId(), event.householdId(), event.municipalityId(), 1, event.on());
        facts.spread(event.householdId());
    }

    @ApplicationModuleListener
    void on(EscalationRaised event) {
        facts.escalationAt(event.escalationId(), event.householdId(), event.municipalityId(), event.step(), event.on());
    }

    @ApplicationModuleListener
    void on(EscalationEnded event) {
        facts.escalationEnded(
                event.escalationId(), event.householdId(), event.municipalityId(), event.step(), event.on());
    }

    @ApplicationModuleListener
    void on(RoundTableInitiated event) {
        facts.roundTableInitiated(event.roundTableId(), event.householdId(), event.initiatedOn(), event.windowLatest());
        facts.spread(event.householdId());
    }

    @ApplicationModuleListener
    void on(RoundTableHeld event) {
        facts.roundTableHeld(event.roundTableId(), event.householdId(), event.heldOn(), event.withinWindow());
        facts.spread(event.householdId());
    }

    @ApplicationModuleListener
    void on(RoundTableCancelled event) {
        facts.roundTableCancelled(event.roundTableId(), event.householdId());
    }
}
