package nl.eenplan.plan.lifearea.web;

import nl.eenplan.consent.PlanConsentMissing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** C-1: on tab 4, a professional without consent gets the page that says for whom consent is missing. */
@ControllerAdvice(assignableTypes = LifeAreaController.class)
class LifeAreaPages {

    @ExceptionHandler(PlanConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noConsent(PlanConsentMissing e) {
        return "forward:/households/" + e.householdId() + "/plan/no-consent";
    }
}
