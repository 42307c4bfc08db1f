package nl.eenplan.meeting;

import java.util.UUID;

/** M-4: the chair kept the agenda. */
public record RoundTableAgendaKept(UUID roundTableId, UUID householdId) implements RoundTableEvent {}
