package nl.eenplan.monitoring.web;

import nl.eenplan.monitoring.Evaluation;
import nl.eenplan.monitoring.Findings;

/** MON-1, MON-2: the four texts of the yearly findings as typed, and the version they were read at. */
record EvaluationForm(
        String wentWell, String couldBeBetter, String familyExperiences, String nextYear, String version) {

    static EvaluationForm of(Evaluation evaluation) {
        var f = evaluation.findings();
        return new EvaluationForm(
                f.wentWell(),
                f.couldBeBetter(),
                f.familyExperiences(),
                f.nextYear(),
                Integer.toString(evaluation.version()));
    }

    Findings findings() {
        return new Findings(wentWell, couldBeBetter, familyExperiences, nextYear);
    }

    /** The version read, or -1 when the hidden field was altered (then the save counts as stale). */
    int seenVersion() {
        if (version == null || !version.strip().matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(version.strip());
    }
}
