package nl.eenplan.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableMinutes;
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

/** The agenda (by the chair), and the minutes, decisions and coordinator (by the minute taker) (M-2, M-4). */
@Controller
@RequestMapping("/households/{householdId}/round-tables/{id}")
class MinutesController {

    private final RoundTablePage page;
    private final RoundTableMinutes minutes;

    MinutesController(RoundTablePage page, RoundTableMinutes minutes) {
        this.page = page;
        this.minutes = minutes;
    }

    @GetMapping("/agenda")
    String agenda(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return page.showAgenda(householdId, id, page.viewer(householdId, me), model);
    }

    @PostMapping("/agenda")
    String keepAgenda(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("agendaForm") AgendaForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        RoundTablePage.rejectUnreadable(model, "agenda-", binding);
        return page.change(
                model,
                response,
                "agenda-",
                reason -> "form",
                () -> page.showAgenda(householdId, id, viewer, model),
                () -> {
                    RoundTablePage.requireVersion(form.version());
                    minutes.keepAgenda(householdId, id, viewer, form.version(), form.all());
                    return RoundTablePage.redirect(householdId, id, "", flash, "meeting.agenda.saved");
                });
    }

    @GetMapping("/minutes")
    String minutes(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return page.showMinutes(householdId, id, page.viewer(householdId, me), model);
    }

    @PostMapping("/minutes")
    String recordMinutes(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        if (RoundTablePage.rejectUnreadable(model, "minutes-", binding)) {
            return page.showMinutes(householdId, id, viewer, model);
        }
        return page.change(
                model,
                response,
                "minutes-",
                reason -> "form",
                () -> page.showMinutes(householdId, id, viewer, model),
                () -> {
                    RoundTablePage.requireVersion(form.version());
                    minutes.recordMinutes(
                            householdId, id, viewer, form.version(), form.minutes(), form.presentIds(), form.heldDay());
                    return RoundTablePage.redirect(householdId, id, "/minutes", flash, "meeting.minutes.saved");
                });
    }

    /** M-4: a decision becomes, in the same step, a goal or action in the plan, or an agreement. */
    @PostMapping("/decisions")
    String decide(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        if (RoundTablePage.rejectUnreadable(model, "decision-", binding)) {
            return page.showMinutes(householdId, id, viewer, model);
        }
        return page.change(
                model,
                response,
                "decision-",
                form::fieldOf,
                () -> page.showMinutes(householdId, id, viewer, model),
                () -> {
                    RoundTablePage.requireVersion(form.version());
                    minutes.decide(householdId, id, viewer, form.version(), form.toDecision());
                    return RoundTablePage.redirect(householdId, id, "/minutes", flash, "meeting.decision.saved");
                });
    }

    /** M-2: the coordinator decided at the household's first round table. */
    @PostMapping("/coordinator")
    String recordCoordinator(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("coordinatorForm") CoordinatorForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = page.viewer(householdId, me);
        if (RoundTablePage.rejectUnreadable(model, "coordinator-", binding)) {
            return page.showMinutes(householdId, id, viewer, model);
        }
        return page.change(
                model,
                response,
                "coordinator-",
                reason -> "coordinatorId",
                () -> page.showMinutes(householdId, id, viewer, model),
                () -> {
                    RoundTablePage.requireVersion(form.version());
                    RoundTablePage.requireVersion(form.coordinationVersion());
                    minutes.recordCoordinator(
                            householdId,
                            id,
                            viewer,
                            form.version(),
                            form.coordinationVersion(),
                            form.coordinatorId(),
                            form.form(),
                            form.chosenBy());
                    return RoundTablePage.redirect(householdId, id, "/minutes", flash, "meeting.coordinator.saved");
                });
    }
}
