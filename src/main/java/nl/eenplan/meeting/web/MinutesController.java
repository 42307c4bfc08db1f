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
        // The agenda is kept even with a field that could not be read: only its version can fail, as a conflict.
        RoundTablePage.rejectUnreadable(model, "agenda-", binding);
        return page.sent(householdId, id, me, model, response)
                .change(page::showAgenda, "agenda-", null, form.version(), (viewer, version) -> {
                    minutes.keepAgenda(householdId, id, viewer, version, form.all());
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
        return page.sent(householdId, id, me, model, response)
                .change(page::showMinutes, "minutes-", binding, form.version(), (viewer, version) -> {
                    minutes.recordMinutes(
                            householdId, id, viewer, version, form.minutes(), form.presentIds(), form.heldDay());
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
        return page.sent(householdId, id, me, model, response)
                .change(page::showMinutes, "decision-", binding, form.version(), form::fieldOf, (viewer, version) -> {
                    minutes.decide(householdId, id, viewer, version, form.toDecision());
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
        return page.sent(householdId, id, me, model, response)
                .change(
                        page::showMinutes,
                        "coordinator-",
                        binding,
                        form.version(),
                        r -> "coordinatorId",
                        (viewer, v) -> {
                            RoundTablePage.requireVersion(form.coordinationVersion());
                            minutes.recordCoordinator(
                                    householdId,
                                    id,
                                    viewer,
                                    v,
                                    form.coordinationVersion(),
                                    form.coordinatorId(),
                                    form.form(),
                                    form.chosenBy());
                            return RoundTablePage.redirect(
                                    householdId, id, "/minutes", flash, "meeting.coordinator.saved");
                        });
    }
}
