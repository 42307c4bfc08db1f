package nl.eenplan.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** M-3, M-4: when and where the round table meets, and who chairs and takes minutes, were set. */
public record RoundTablePlanned(UUID roundTableId, UUID householdId, LocalDate date) implements RoundTableEvent {}
