package nl.eenplan.retention.web;

import nl.eenplan.home.FieldRules;
import org.springframework.validation.Errors;

/** a household member's request for earlier destruction, with his reasons. */
record AskForm(String reasons) {

    static AskForm empty() {
        return new AskForm("");
    }

    void check(Errors errors) {
        if (reasons == null || reasons.isBlank()) {
            errors.rejectValue("reasons", "retention.request.reasonsRequired");
        } else if (!FieldRules.isText(reasons, FieldRules.TEXT, true)) {
            errors.rejectValue("reasons", "retention.reasons.invalid");
        }
    }
}
