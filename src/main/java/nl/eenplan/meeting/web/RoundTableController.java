package nl.eenplan.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.consent.ConsentCoverage;
import nl.eenplan.home.DateWarning;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableInvitations;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One round table: its page, planning it (M-3), inviting (M-1), answering (M-4) and calling it off. */
@Controller
@RequestMapping("/households/{householdId}/round-tables/{id}")
class RoundTableController {

    private final RoundTablePage page;
    private final RoundTables roundTables;
    private final RoundTableInvitations invitations;
    private final ConsentCoverage coverage;

    private final WorkingDays workingDays;

    RoundTableController(
            RoundTablePage page,
            RoundTables roundTables,
            RoundTableInvitations invitations,
            ConsentCoverage coverage,
            WorkingDays workingDays) {
        this.workingDays = workingDays;
        this.page = page;
        this.roundTables = roundTables;
        this.invitations = invitations;
        this.coverage = coverage;
    }

    @GetMapping
    String show(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return page.showDetail(householdId, id, page.viewer(householdId, me), model);
    }

    @GetMapping("/planning")
    String planning(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        return page.showPlanning(householdId, id, page.viewer(householdId, me), model);
    }

    /** M-3: a day outside the window is saved, with a warning on the page. */
    @PostMapping("/planning")
    String plan(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("scheduleForm") ScheduleForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, id, me, model, response)
                .change(page::showPlanning, "", binding, form.version(), (viewer, version) -> {
                    var planned = roundTables.plan(
                            householdId, id, viewer, version, form.toSchedule(), form.chairId(), form.minuteTakerId());
                    var notice = planned.outsideWindow() ? "meeting.planned.outsideWindow" : "meeting.planned";
                    // a round table on a weekend or public holiday is planned, with a warning.
                    DateWarning.firstNonWorkingDay(Arrays.asList(form.date()), workingDays::isWorkingDay)
                            .ifPresent(w -> flash.addFlashAttribute(DateWarning.ATTRIBUTE, w));
                    // C-1: a minute taker or chair no consent covers: a warning, not a refusal.
                    flash.addFlashAttribute(
                            "consentWarnings",
                            coverage.warnings(
                                    householdId,
                                    Stream.of(form.chairId(), form.minuteTakerId())
                                            .filter(Objects::nonNull)
                                            .distinct()
                                            .toList()));
                    return RoundTablePage.redirect(householdId, id, "", flash, notice);
                });
    }

    @PostMapping("/invitations")
    String invite(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("inviteForm") InviteForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, id, me, model, response)
                .change(page::showDetail, "invite-", binding, form.version(), (viewer, version) -> {
                    invitations.invite(householdId, id, viewer, version, form.chosen());
                    flash.addFlashAttribute("consentWarnings", coverage.warnings(householdId, form.chosen()));
                    return RoundTablePage.redirect(householdId, id, "", flash, "meeting.invited");
                });
    }

    /** M-4: attend, decline, or send a replacement. */
    @PostMapping("/answer")
    String answer(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, id, me, model, response)
                .change(page::showDetail, "answer-", binding, form.sequence(), (viewer, sequence) -> {
                    invitations.answer(householdId, id, viewer, sequence, form.toReply());
                    return RoundTablePage.redirect(householdId, id, "", flash, "meeting.answered");
                });
    }

    @PostMapping("/cancel")
    String cancel(
            @PathVariable UUID householdId,
            @PathVariable UUID id,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return page.sent(householdId, id, me, model, response)
                .change(page::showDetail, "cancel-", null, version, (viewer, current) -> {
                    roundTables.cancel(householdId, id, viewer, current);
                    return RoundTablePage.redirect(householdId, id, "", flash, "meeting.cancelled");
                });
    }
}
