package nl.eenplan.retention.web;

import nl.eenplan.home.FieldRules;
import org.springframework.validation.Errors;

/**
 * the coordinator's decision on one request, on the version he saw: grant or refuse, with reasons.
 * Granting destroys the file, so it is confirmed on a page of its own first ({@code confirmed}).
 */
record DecisionForm(Integer version, String decision, String reasons, Boolean confirmed) {

    static final String GRANT = "GRANT";
    static final String REFUSE = "REFUSE";

    static DecisionForm empty(int version) {
        return new DecisionForm(version, null, "", false);
    }

    void check(Errors errors) {
        if (version == null) {
            errors.reject("retention.decide.changedMeanwhile");
        }
        if (!GRANT.equals(decision) && !REFUSE.equals(decision)) {
            errors.rejectValue("decision", "retention.decide.choose");
        }
        if (reasons == null || reasons.isBlank()) {
            errors.rejectValue("reasons", "retention.decide.reasonsRequired");
        } else if (!FieldRules.isText(reasons, FieldRules.TEXT, true)) {
            errors.rejectValue("reasons", "retention.reasons.invalid");
        }
    }

    boolean grant() {
        return GRANT.equals(decision);
    }

    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
