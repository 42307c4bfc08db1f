package nl.eenplan.organisation;

import java.time.LocalDate;
import java.util.UUID;

/** IMP-5: that a person completed a training, and when. */
public record TrainingRecord(UUID accountId, TrainingKind kind, LocalDate completedOn) {}
