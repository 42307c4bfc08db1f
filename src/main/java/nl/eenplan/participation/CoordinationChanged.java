package nl.eenplan.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * Coordination of a household was decided or handed over, in this form (R-3; null when not known), at
 * this moment (the same as the {@link CoordinationDecided} beside it), so that monitoring keeps the newest
 * coordination when an older event is delivered again late (MON-1).
 */
public record CoordinationChanged(
        UUID householdId, UUID coordinatorId, boolean handover, CoordinationForm form, Instant at) {}
