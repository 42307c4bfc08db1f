package nl.eenplan.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTables;
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

/** The round tables of a household, and taking the initiative for one (M-1, M-2). */
@Controller
@RequestMapping("/households/{householdId}/round-tables")
class RoundTableListController {

    private final RoundTablePage page;
    private final RoundTables roundTables;

    RoundTableListController(RoundTablePage page, RoundTables roundTables) {
        this.page = page;
        this.roundTables = roundTables;
    }

    @GetMapping
    String list(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var viewer = page.viewer(householdId, me);
        model.addAttribute("householdId", householdId);
        model.addAttribute("overview", roundTables.overview(householdId, viewer));
        model.addAttribute("today", roundTables.today());
        if (!model.containsAttribute("initiative")) {
            model.addAttribute("initiative", new InitiativeForm(roundTables.today()));
        }
        RoundTablePage.errors(model);
        return "meeting/round-tables";
    }

    /** M-2: taking the initiative does not make you the coordinator. */
    @PostMapping
    String takeInitiative(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("initiative") InitiativeForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        if (RoundTablePage.rejectUnreadable(model, "initiative-", binding)) {
            return list(householdId, me, model);
        }
        return RoundTablePage.change(
                model, response, "initiative-", reason -> "form", () -> list(householdId, me, model), () -> {
                    var id = roundTables.takeInitiative(householdId, viewer, form.initiatedOn());
                    return RoundTablePage.redirect(householdId, id, "/planning", flash, "meeting.initiative.taken");
                });
    }
}
