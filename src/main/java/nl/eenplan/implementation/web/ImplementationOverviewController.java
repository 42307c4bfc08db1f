package nl.eenplan.implementation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.Checklist;
import nl.eenplan.implementation.ChecklistTemplate;
import nl.eenplan.implementation.ChecklistTemplates;
import nl.eenplan.implementation.Checklists;
import nl.eenplan.implementation.FrameworkChecklistAccess;
import nl.eenplan.implementation.FrameworkNotFound;
import nl.eenplan.implementation.MissingRoles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * IMP-1, IMP-2, IMP-3, IMP-4: the start of the implementation pages ("Invoering", the one entry of the
 * menu): a warning for the roles the method asks for that are missing, the municipalities whose
 * frameworks this person may read, the checklists of the organisations he works for with their progress,
 * and the way to the basic requirements of providers.
 */
@Controller
class ImplementationOverviewController {

    private final FrameworkChecklistAccess access;
    private final Checklists checklists;
    private final ChecklistTemplates templates;
    private final MissingRoles missingRoles;

    ImplementationOverviewController(
            FrameworkChecklistAccess access,
            Checklists checklists,
            ChecklistTemplates templates,
            MissingRoles missingRoles) {
        this.access = access;
        this.checklists = checklists;
        this.templates = templates;
        this.missingRoles = missingRoles;
    }

    /** An organisation with its checklists and, for its keepers, the templates to start one from. */
    record OrganisationChecklists(
            UUID id, String name, List<Checklist> checklists, List<ChecklistTemplate> templates) {}

    @GetMapping("/implementation")
    String overview(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (me.kind() == AccountKind.CITIZEN) {
            throw new FrameworkNotFound(); // IMP-1, X-1: for staff and administrators; a citizen is not told it exists
        }
        var all = templates.all();
        var organisations = new ArrayList<OrganisationChecklists>();
        access.checklistOrganisations(me).forEach((id, name) -> {
            var kind = access.organisation(id).kind();
            var startable = access.mayKeepChecklists(id, me)
                    ? all.stream().filter(t -> t.fits(kind)).toList()
                    : List.<ChecklistTemplate>of();
            organisations.add(new OrganisationChecklists(id, name, checklists.of(id, me), startable));
        });
        model.addAttribute("gaps", missingRoles.seenBy(me));
        model.addAttribute("municipalities", access.readableMunicipalities(me));
        model.addAttribute("organisations", organisations);
        model.addAttribute("administrator", FrameworkChecklistAccess.isAdministrator(me));
        return "implementation/overview";
    }
}
