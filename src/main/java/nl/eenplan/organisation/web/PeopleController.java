package nl.eenplan.organisation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.EmailAddressTaken;
import nl.eenplan.identity.InvitationInvalid;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.StaffMembership;
import nl.eenplan.organisation.StaffRole;
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

/** Administrators see who has an account and invite new people. */
@Controller
@RequestMapping("/admin/people")
class PeopleController {

    private final AccountDirectory accounts;
    private final OrganisationDirectory organisations;

    PeopleController(AccountDirectory accounts, OrganisationDirectory organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", InvitationForm.empty());
        }
        model.addAttribute("people", accounts.all());
        model.addAttribute(
                "memberships",
                organisations.allMemberships().stream().collect(Collectors.groupingBy(StaffMembership::accountId)));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("kinds", InvitationForm.InviteKind.values());
        return "organisation/people";
    }

    @PostMapping
    String invite(
            @AuthenticationPrincipal AccountPrincipal admin,
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (form.kind() == InvitationForm.InviteKind.STAFF) {
            if (form.organisationId() == null
                    || organisations.find(form.organisationId()).isEmpty()) {
                errors.rejectValue("organisationId", "invite.organisation.required");
            }
            if (form.role() == null) {
                errors.rejectValue("role", "invite.role.required");
            }
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        try {
            if (form.kind() == InvitationForm.InviteKind.STAFF) {
                organisations.inviteStaff(form.email(), form.name(), form.organisationId(), form.role(), admin.id());
            } else {
                var kind = form.kind() == InvitationForm.InviteKind.ADMINISTRATOR
                        ? AccountKind.ADMINISTRATOR
                        : AccountKind.CITIZEN;
                accounts.invite(form.email(), form.name(), kind, admin.id());
            }
        } catch (EmailAddressTaken e) {
            errors.rejectValue("email", "invite.email.taken");
            return list(model);
        }
        flash.addFlashAttribute("notice", "invite.sent");
        return "redirect:/admin/people";
    }

    @PostMapping("/{id}/reinvite")
    String reinvite(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            accounts.reinvite(id, admin.id());
            flash.addFlashAttribute("notice", "invite.sent");
        } catch (InvitationInvalid e) {
            flash.addFlashAttribute("notice", "invite.alreadyActive");
        }
        return "redirect:/admin/people";
    }
}
