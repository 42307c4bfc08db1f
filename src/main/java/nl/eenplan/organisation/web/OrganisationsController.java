package nl.eenplan.organisation.web;

import jakarta.validation.Valid;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.OrganisationNameTaken;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of municipalities, access teams and providers. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationsController {

    private final OrganisationDirectory organisations;
    private final StaffRoster roster;

    OrganisationsController(OrganisationDirectory organisations, StaffRoster roster) {
        this.organisations = organisations;
        this.roster = roster;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrganisationForm.empty());
        }
        var all = organisations.all();
        model.addAttribute("organisations", all);
        model.addAttribute(
                "municipalities",
                all.stream()
                        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                        .toList());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("gaps", roster.gaps());
        return "organisation/organisations";
    }

    @PostMapping
    String found(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (form.kind() == OrganisationKind.ACCESS_TEAM) {
            var municipality = form.municipalityId() == null ? null : organisations.find(form.municipalityId());
            if (municipality == null
                    || municipality
                            .filter(m -> m.kind() == OrganisationKind.MUNICIPALITY)
                            .isEmpty()) {
                errors.rejectValue("municipalityId", "organisation.municipality.required");
            }
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        try {
            organisations.found(form.name(), form.kind(), form.municipalityId());
        } catch (OrganisationNameTaken e) {
            errors.rejectValue("name", "organisation.name.taken");
            return list(model);
        }
        flash.addFlashAttribute("notice", "organisation.created");
        return "redirect:/admin/organisations";
    }
}
