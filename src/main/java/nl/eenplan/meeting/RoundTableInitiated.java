package nl.eenplan.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** M-2: a professional took the initiative; M-3: it should be held within this window. */
public record RoundTableInitiated(
        UUID roundTableId, UUID householdId, LocalDate initiatedOn, LocalDate windowEarliest, LocalDate windowLatest)
        implements RoundTableEvent {}
