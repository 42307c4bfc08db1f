package nl.eenplan.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** M-3, MON-2: the round table was held on this day, within its window or not. */
public record RoundTableHeld(
        UUID roundTableId, UUID householdId, LocalDate initiatedOn, LocalDate heldOn, boolean withinWindow)
        implements RoundTableEvent {}
