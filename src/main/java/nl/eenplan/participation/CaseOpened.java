package nl.eenplan.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * A household was registered with its team (H-1, H-2). Published within the registering transaction,
 * so the plan module opens the household's draft plan (H-4) in that same transaction.
 */
public record CaseOpened(UUID householdId, UUID openedBy, Instant openedAt) {}
