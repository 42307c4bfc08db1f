package nl.eenplan.organisation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountAdministration;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators find people by name or e-mail address (logged, X-1) and invite new people. */
@Controller
@RequestMapping("/admin/people")
class PeopleController {

    /** As long as the longest e-mail address; a longer search text is cut. */
    private static final int MAX_SEARCH = 254;

    private final AccountDirectory accounts;
    private final AccountAdministration administration;
    private final OrganisationDirectory organisations;

    PeopleController(
            AccountDirectory accounts, AccountAdministration administration, OrganisationDirectory organisations) {
        this.accounts = accounts;
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal AccountPrincipal admin,
            @RequestParam(name = "q", required = false) String query,
            Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", InvitationForm.empty());
        }
        var search = query == null ? "" : query.strip();
        if (search.length() > MAX_SEARCH) {
            search = search.substring(0, MAX_SEARCH);
        }
        model.addAttribute("q", search);
        model.addAttribute("people", administration.search(admin.id(), search));
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
            return list(admin, null, model);
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
            return list(admin, null, model);
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
