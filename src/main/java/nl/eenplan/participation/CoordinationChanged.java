package nl.eenplan.participation;

import java.util.UUID;

/** Coordination of a household was decided or handed over, in this form (R-3; null when not known). */
public record CoordinationChanged(UUID householdId, UUID coordinatorId, boolean handover, CoordinationForm form) {}
