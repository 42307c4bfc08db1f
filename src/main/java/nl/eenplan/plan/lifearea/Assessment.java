package nl.eenplan.plan.lifearea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * PL-4: one assessment on the structure of the self-sufficiency matrix: about one adult member (or the
 * household, {@code memberId} null), on a date, by whom, a level 1..5 for each domain assessed (a domain
 * left out is "not assessed"), and a note. Assessments are repeated over time to show how things move.
 */
public record Assessment(
        UUID id,
        UUID memberId,
        LocalDate assessedOn,
        String assessedBy,
        String note,
        Map<MatrixDomain, Integer> scores,
        Instant createdAt) {

    public Assessment {
        var copy = new EnumMap<MatrixDomain, Integer>(MatrixDomain.class);
        copy.putAll(scores);
        scores = Collections.unmodifiableMap(copy);
        note = note == null ? "" : note;
    }

    /** The level of a domain, or null when it was not assessed. */
    public Integer score(MatrixDomain domain) {
        return scores.get(domain);
    }
}
