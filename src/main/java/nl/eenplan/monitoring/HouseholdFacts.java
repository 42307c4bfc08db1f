package nl.eenplan.monitoring;

import java.time.Instant;
import java.util.UUID;
import nl.eenplan.participation.CoordinationForm;

/**
 * What monitoring knows of one household's plan (MON-2), as the events told it: who coordinates and
 * in which form, when its current plan started, was first established and closed (PL-10, R-7), its escalations (open, the highest open step, ended), its round tables (held, and
 * held within the window of M-3), and its consents (in force, withdrawn).
 */
public record HouseholdFacts(
        UUID householdId,
        UUID municipalityId,
        UUID coordinatorId,
        CoordinationForm coordinationForm,
        Instant coordinatedSince,
        UUID planId,
        Instant planStartedAt,
        Instant planEstablishedAt,
        Instant planClosedAt,
        int openEscalations,
        int highestOpenStep,
        int endedEscalations,
        int roundTablesHeld,
        int roundTablesHeldWithinWindow,
        int consentsInForce,
        int consentsWithdrawn) {}
