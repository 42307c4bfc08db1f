package nl.eenplan.meeting;

import java.util.UUID;

/** What happened to a round table (M-1..M-4); published when it is stored. */
public sealed interface RoundTableEvent
        permits RoundTableInitiated,
                RoundTablePlanned,
                RoundTableCancelled,
                RoundTableInvitationsSent,
                RoundTableAgendaKept,
                RoundTableMinutesRecorded,
                RoundTableHeld,
                RoundTableDecisionRecorded {

    UUID roundTableId();

    UUID householdId();
}
