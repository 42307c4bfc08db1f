package nl.eenplan.plan.provision.web;

import nl.eenplan.consent.PlanConsentMissing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** C-1: tab 3 for a professional without consent leads to the page that asks for it, as the plan page does. */
@ControllerAdvice(assignableTypes = ProvisionController.class)
class ProvisionPageProblems {

    @ExceptionHandler(PlanConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noConsent(PlanConsentMissing e) {
        return "forward:/households/" + e.householdId() + "/plan/no-consent";
    }
}
