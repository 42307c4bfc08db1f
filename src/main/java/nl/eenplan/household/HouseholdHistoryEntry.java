package nl.eenplan.household;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in a household's history (H-1, X-6): what, about whom (the name at the time), what was
 * changed ({@code detail}, field names for a rectification, never the old values), by which account, when.
 */
public record HouseholdHistoryEntry(
        HouseholdChange kind, UUID memberId, String memberName, String detail, UUID recordedBy, Instant recordedAt) {}
