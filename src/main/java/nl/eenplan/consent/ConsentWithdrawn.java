package nl.eenplan.consent;

import java.time.Instant;
import java.util.UUID;

/** A consent was withdrawn; it allows nothing from that moment on. */
public record ConsentWithdrawn(UUID consentId, UUID householdId, UUID subjectId, UUID withdrawnBy, Instant at) {}
