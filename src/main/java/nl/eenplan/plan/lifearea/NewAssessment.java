package nl.eenplan.plan.lifearea;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** PL-4: an assessment as entered: about whom (null: the household), when, by whom, the levels, a note. */
public record NewAssessment(
        UUID memberId, LocalDate assessedOn, String assessedBy, Map<MatrixDomain, Integer> scores, String note) {

    public NewAssessment {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        assessedBy = assessedBy == null ? "" : assessedBy.strip();
        note = note == null ? "" : note.strip();
    }
}
