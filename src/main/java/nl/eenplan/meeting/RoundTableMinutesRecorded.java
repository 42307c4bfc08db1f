package nl.eenplan.meeting;

import java.util.UUID;

/** M-4: who was there and the minutes were recorded. */
public record RoundTableMinutesRecorded(UUID roundTableId, UUID householdId) implements RoundTableEvent {}
