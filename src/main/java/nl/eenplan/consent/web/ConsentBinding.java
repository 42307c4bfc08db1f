package nl.eenplan.consent.web;

import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.SignalKind;
import nl.eenplan.home.LenientBinding;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** The consent forms read altered ids, choices and dates as "nothing chosen", explained per field. */
@ControllerAdvice(assignableTypes = {ConsentController.class, ConcernsController.class})
class ConsentBinding {

    @InitBinder({"consentForm", "overrideForm", "signalForm"})
    void lenient(WebDataBinder binder) {
        LenientBinding.idsAndAnswers(binder);
        LenientBinding.dates(binder);
        LenientBinding.choices(
                binder, InformationCategory.class, ConsentManner.class, OverrideDecision.class, SignalKind.class);
    }
}
