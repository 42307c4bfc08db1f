package nl.eenplan.monitoring.web;

import nl.eenplan.monitoring.Findings;

/**
 * MON-1, MON-2: {@code PUT /api/v1/monitoring/municipalities/{municipalityId}/evaluations/{year}}: the four
 * texts as they are to be now; a missing text is empty. Texts that break a rule: 400 naming each field.
 */
record EvaluationRequest(String wentWell, String couldBeBetter, String familyExperiences, String nextYear) {

    Findings findings() {
        return new Findings(wentWell, couldBeBetter, familyExperiences, nextYear);
    }
}
