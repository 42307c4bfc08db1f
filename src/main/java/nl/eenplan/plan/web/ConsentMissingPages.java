package nl.eenplan.plan.web;

import nl.eenplan.consent.PlanConsentMissing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * C-1: on every page of a plan and its team, a professional without consent who asks for what needs
 * it gets the page that says for whom consent is missing, with status 403 (he takes part, so unlike a
 * stranger he is not told the plan does not exist). Forwarded, so the layout is built as for any page.
 */
@ControllerAdvice(
        assignableTypes = {
            PlanController.class,
            GoalController.class,
            EvaluationController.class,
            VersionController.class,
            EarlierPlanController.class,
            ReadingController.class
        },
        basePackages = "nl.eenplan.participation.web")
class ConsentMissingPages {

    @ExceptionHandler(PlanConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noConsent(PlanConsentMissing e) {
        return "forward:/households/" + e.householdId() + "/plan/no-consent";
    }
}
