package nl.eenplan.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import nl.eenplan.consent.ConsentChangedMeanwhile;
import nl.eenplan.consent.ConsentRefused;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Answers every consent form the same way: a new record with what could not be accepted next to
 * its field on the form again; a change to a consent with why nothing was stored on top of the page
 * (409); otherwise on to the next page with a notice.
 */
final class ConsentPage {

    private ConsentPage() {}

    /** Records what a form describes; errors of the form, or a refusal, next to their fields on the form again. */
    static String record(
            BindingResult errors,
            Supplier<String> form,
            Runnable record,
            RedirectAttributes flash,
            String notice,
            String next) {
        if (errors.hasErrors()) {
            return form.get();
        }
        try {
            record.run();
        } catch (ConsentRefused e) {
            errors.rejectValue(e.field(), e.reason(), e.arguments(), null);
            return form.get();
        }
        flash.addFlashAttribute("notice", notice);
        return next;
    }

    /** Changes one consent; changed meanwhile or refused: nothing was stored, the page as it is now with why (409). */
    static String change(
            Model model,
            HttpServletResponse response,
            Supplier<String> page,
            Runnable change,
            RedirectAttributes flash,
            String notice,
            Supplier<String> next) {
        try {
            change.run();
        } catch (ConsentChangedMeanwhile e) {
            return again(model, response, page, "consent.changedMeanwhile");
        } catch (ConsentRefused e) {
            return again(model, response, page, e.reason());
        }
        flash.addFlashAttribute("notice", notice);
        return next.get();
    }

    private static String again(Model model, HttpServletResponse response, Supplier<String> page, String problem) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("problem", problem);
        return page.get();
    }
}
