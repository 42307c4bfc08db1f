package nl.eenplan.participation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.TeamRefused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A professional registers a household and its members, which opens its plan (H-1, H-4). */
@Controller
@RequestMapping("/households/new")
class HouseholdController {

    private final CaseOpening caseOpening;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    HouseholdController(CaseOpening caseOpening, OrganisationDirectory organisations, Clock clock) {
        this.caseOpening = caseOpening;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AccountPrincipal principal, Authentication authentication, Model model) {
        staffOnly(authentication);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HouseholdForm.empty());
        }
        if (organisations.membershipsOf(principal.id()).isEmpty()) {
            model.addAttribute("refusal", "household.register.noOrganisation");
        }
        model.addAttribute(
                "municipalities",
                organisations.all().stream()
                        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                        .toList());
        model.addAttribute("rows", HouseholdForm.ROWS);
        return "participation/household-new";
    }

    @PostMapping
    String register(
            @AuthenticationPrincipal AccountPrincipal principal,
            Authentication authentication,
            @Valid @ModelAttribute("form") HouseholdForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        staffOnly(authentication);
        form.check(errors, DutchTime.today(clock));
        if (form.municipalityId() != null
                && organisations
                        .find(form.municipalityId())
                        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                        .isEmpty()) {
            errors.rejectValue("municipalityId", "household.municipality.required");
        }
        if (errors.hasErrors()) {
            return form(principal, authentication, model);
        }
        try {
            var householdId = caseOpening.open(principal, form.toNewHousehold());
            flash.addFlashAttribute("notice", "household.registered");
            return "redirect:/households/" + householdId + "/team";
        } catch (TeamRefused e) {
            errors.reject(e.reason());
            return form(principal, authentication, model);
        }
    }

    private static void staffOnly(Authentication authentication) {
        if (authentication.getAuthorities().stream().noneMatch(a -> "ROLE_STAFF".equals(a.getAuthority()))) {
            throw new AccessDeniedException("staff only");
        }
    }
}
