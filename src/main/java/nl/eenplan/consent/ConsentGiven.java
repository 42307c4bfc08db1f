package nl.eenplan.consent;

import java.time.Instant;
import java.util.UUID;

/** A consent to share information about a household member was recorded (C-2). */
public record ConsentGiven(UUID consentId, UUID householdId, UUID subjectId, Instant at) {}
