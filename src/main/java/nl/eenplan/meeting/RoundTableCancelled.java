package nl.eenplan.meeting;

import java.time.Instant;
import java.util.UUID;

/** The round table was called off. */
public record RoundTableCancelled(UUID roundTableId, UUID householdId, Instant at) implements RoundTableEvent {}
