package nl.eenplan.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.consent.ConsentAccess;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consents of a household (C-1..C-3): the professionals' page and form, the household's overview, the
 * written form and withdrawal. Only participants get here; everyone else gets "not found".
 */
@Controller
@RequestMapping("/households/{householdId}/consents")
class ConsentController {

    private final ConsentAccess access;
    private final ConsentOverviews overviews;
    private final ConsentRegistry registry;

    ConsentController(ConsentAccess access, ConsentOverviews overviews, ConsentRegistry registry) {
        this.access = access;
        this.overviews = overviews;
        this.registry = registry;
    }

    /** Professionals see everything; the household is led to its own overview. */
    @GetMapping
    String consents(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        if (!professional(principal, householdId)) {
            return overviewPath(householdId);
        }
        model.addAttribute("file", overviews.forProfessionals(householdId, principal.id()));
        return "consent/consents";
    }

    /** who may see what about whom, in plain language. */
    @GetMapping("/overview")
    String overview(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        model.addAttribute("file", overviews.forHousehold(householdId, principal.id()));
        return "consent/overview";
    }

    @GetMapping("/new")
    String newConsent(
            @AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID householdId, Model model) {
        var file = overviews.forProfessionals(householdId, principal.id());
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", ConsentForm.startingOn(file.day()));
        }
        model.addAttribute("file", file);
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("manners", ConsentManner.values());
        model.addAttribute("writtenFormDays", registry.writtenFormDays());
        return "consent/consent-new";
    }

    @PostMapping
    String give(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @Valid @ModelAttribute("consentForm") ConsentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        access.professional(householdId, principal.id());
        return ConsentPage.record(
                errors,
                () -> newConsent(principal, householdId, model),
                () -> registry.give(householdId, principal.id(), form.toNewConsent()),
                flash,
                "consent.given",
                consentsPath(householdId));
    }

    /** C-3: the written form of an oral consent came in. */
    @PostMapping("/{consentId}/written")
    String registerWrittenForm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID consentId,
            @RequestParam(name = "version", required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        overviews.requireDisclosed(householdId, principal.id(), consentId);
        return ConsentPage.change(
                model,
                response,
                () -> page(principal, householdId, model),
                () -> registry.registerWrittenForm(
                        householdId, consentId, version == null ? -1 : version, principal.id()),
                flash,
                "consent.written.registered",
                () -> consentsPath(householdId));
    }

    /** Withdrawn from this moment on; by a professional, or by a household member who consents for that member. */
    @PostMapping("/{consentId}/withdrawal")
    String withdraw(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID householdId,
            @PathVariable UUID consentId,
            @RequestParam(name = "version", required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        overviews.requireDisclosed(householdId, principal.id(), consentId);
        return ConsentPage.change(
                model,
                response,
                () -> page(principal, householdId, model),
                () -> registry.withdraw(householdId, consentId, version == null ? -1 : version, principal.id()),
                flash,
                "consent.withdrawn",
                () -> professional(principal, householdId) ? consentsPath(householdId) : overviewPath(householdId));
    }

    /** The page a participant sees of the household's consents: everything for professionals. */
    private String page(AccountPrincipal principal, UUID householdId, Model model) {
        return professional(principal, householdId)
                ? consents(principal, householdId, model)
                : overview(principal, householdId, model);
    }

    private boolean professional(AccountPrincipal principal, UUID householdId) {
        return access.viewer(householdId, principal.id()).professional();
    }

    private static String consentsPath(UUID householdId) {
        return "redirect:/households/" + householdId + "/consents";
    }

    private static String overviewPath(UUID householdId) {
        return "redirect:/households/" + householdId + "/consents/overview";
    }
}
