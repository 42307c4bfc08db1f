package nl.eenplan.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * MON-1, MON-2: the findings of one municipality's yearly evaluation at one version, and who saved them
 * last and when; version 0 (nobody, never) when nothing was saved yet.
 */
public record Evaluation(
        UUID municipalityId,
        int year,
        int version,
        Findings findings,
        UUID changedBy,
        String changedByName,
        Instant changedAt) {}
