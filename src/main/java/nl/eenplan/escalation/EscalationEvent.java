package nl.eenplan.escalation;

import java.util.UUID;

/** What happened to an escalation (E-1..E-4); published when it is stored. */
public sealed interface EscalationEvent
        permits EscalationStarted,
                EscalationRaised,
                EscalationOutcomeRecorded,
                EscalationMeetingRecorded,
                EscalationEnded {

    UUID escalationId();

    UUID householdId();
}
