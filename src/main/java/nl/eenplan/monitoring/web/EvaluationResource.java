package nl.eenplan.monitoring.web;

import java.time.Instant;
import java.util.UUID;
import nl.eenplan.monitoring.Evaluation;

/**
 * MON-1, MON-2: the findings of a municipality's yearly evaluation through the API; version 0 when
 * nothing was saved yet.
 */
record EvaluationResource(
        UUID municipalityId,
        int year,
        int version,
        String wentWell,
        String couldBeBetter,
        String familyExperiences,
        String nextYear,
        UUID changedBy,
        String changedByName,
        Instant changedAt) {

    static EvaluationResource of(Evaluation e) {
        var f = e.findings();
        return new EvaluationResource(
                e.municipalityId(),
                e.year(),
                e.version(),
                f.wentWell(),
                f.couldBeBetter(),
                f.familyExperiences(),
                f.nextYear(),
                e.changedBy(),
                e.changedByName(),
                e.changedAt());
    }
}
