package nl.eenplan.organisation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.calendar.ClosingDay;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.MunicipalClosingDays;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep a municipality's closing days: days on top of the public holidays
 * that deadlines in working days for its households skip.
 */
@Controller
@RequestMapping("/admin/organisations/{municipalityId}/closing-days")
class ClosingDaysController {

    private final OrganisationDirectory organisations;
    private final MunicipalClosingDays closingDays;
    private final Clock clock;

    ClosingDaysController(OrganisationDirectory organisations, MunicipalClosingDays closingDays, Clock clock) {
        this.organisations = organisations;
        this.closingDays = closingDays;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable UUID municipalityId, @RequestParam(required = false) Integer year, Model model) {
        var municipality = municipality(municipalityId);
        var shownYear = year == null || year < 2000 || year > 2100
                ? DutchTime.today(clock).getYear()
                : year;
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ClosingDayForm.empty());
        }
        model.addAttribute("municipality", municipality);
        model.addAttribute("year", shownYear);
        model.addAttribute("closingDays", closingDays.of(municipalityId, shownYear));
        return "organisation/closing-days";
    }

    @PostMapping
    String close(
            @PathVariable UUID municipalityId,
            @Valid @ModelAttribute("form") ClosingDayForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        municipality(municipalityId);
        if (errors.hasErrors()) {
            return list(municipalityId, form.day() == null ? null : form.day().getYear(), model);
        }
        closingDays.close(new ClosingDay(municipalityId, form.day(), form.reason()));
        flash.addFlashAttribute("notice", "closingDay.added");
        return "redirect:/admin/organisations/" + municipalityId + "/closing-days?year="
                + form.day().getYear();
    }

    @PostMapping("/{day}/reopen")
    String reopen(
            @PathVariable UUID municipalityId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes flash) {
        municipality(municipalityId);
        flash.addFlashAttribute(
                "notice", closingDays.reopen(municipalityId, day) ? "closingDay.reopened" : "closingDay.notClosed");
        return "redirect:/admin/organisations/" + municipalityId + "/closing-days?year=" + day.getYear();
    }

    private Organisation municipality(UUID id) {
        return organisations
                .find(id)
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
