package nl.eenplan.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationChanged;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.OrganisationNameTaken;
import nl.eenplan.organisation.OrganisationNotFound;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator renames an organisation or sets the municipality it belongs to. */
@Controller
@RequestMapping("/admin/organisations/{id}")
class OrganisationController {

    private final OrganisationDirectory organisations;
    private final StaffRoster roster;

    OrganisationController(OrganisationDirectory organisations, StaffRoster roster) {
        this.organisations = organisations;
        this.roster = roster;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        var organisation = organisations.find(id).orElseThrow(OrganisationNotFound::new);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OrganisationEditForm.of(organisation));
        }
        return view(organisation, model);
    }

    @PostMapping
    String edit(
            @AuthenticationPrincipal AccountPrincipal admin,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganisationEditForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var organisation = organisations.find(id).orElseThrow(OrganisationNotFound::new);
        var municipality = organisation.kind() == OrganisationKind.MUNICIPALITY ? null : form.municipalityId();
        if (municipality != null
                && (municipality.equals(id)
                        || organisations
                                .find(municipality)
                                .filter(m -> m.kind() == OrganisationKind.MUNICIPALITY)
                                .isEmpty())) {
            errors.rejectValue("municipalityId", "organisation.municipality.required");
        } else if (municipality == null && organisation.kind() == OrganisationKind.ACCESS_TEAM) {
            errors.rejectValue("municipalityId", "organisation.municipality.required");
        }
        if (errors.hasErrors()) {
            return view(organisation, model);
        }
        try {
            organisations.edit(admin.id(), id, form.version(), form.name(), municipality);
        } catch (OrganisationNameTaken e) {
            errors.rejectValue("name", "organisation.name.taken");
            return view(organisation, model);
        } catch (OrganisationChanged | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            var now = organisations.find(id).orElseThrow(OrganisationNotFound::new);
            model.addAttribute("changeError", "organisation.edit.stale");
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            model.addAttribute("form", OrganisationEditForm.of(now));
            return view(now, model);
        }
        flash.addFlashAttribute("notice", "organisation.edit.saved");
        return "redirect:/admin/organisations";
    }

    private String view(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("gaps", roster.gapsOf(organisation.id()));
        model.addAttribute(
                "municipalities",
                organisations.all().stream()
                        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                        .filter(o -> !o.id().equals(organisation.id()))
                        .toList());
        return "organisation/organisation";
    }
}
