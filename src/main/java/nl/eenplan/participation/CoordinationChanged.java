package nl.eenplan.participation;

import java.util.UUID;

/** Coordination of a household was decided or handed over. */
public record CoordinationChanged(UUID householdId, UUID coordinatorId, boolean handover) {}
