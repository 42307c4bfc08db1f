package nl.eenplan.monitoring.web;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.EvaluationChangedMeanwhile;
import nl.eenplan.monitoring.Evaluations;
import nl.eenplan.monitoring.FindingsRefused;
import nl.eenplan.monitoring.YearReports;
import org.springframework.http.ResponseEntity;
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

/**
 * MON-1, MON-2: a municipality's yearly evaluation: its staff who may see the municipality's dashboard
 * write the findings on the version they saw and download the report as PDF; anyone else gets "not found".
 */
@Controller
@RequestMapping("/monitoring/municipalities/{municipalityId}/evaluations/{year}")
class YearEvaluationController {

    /** How many earlier years the page links to. */
    private static final int EARLIER_YEARS = 4;

    private final Evaluations evaluations;
    private final YearReports reports;
    private final YearReportPdf pdf;

    YearEvaluationController(Evaluations evaluations, YearReports reports, YearReportPdf pdf) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping
    String page(
            @PathVariable UUID municipalityId,
            @PathVariable int year,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        var scope = evaluations.scope(me.id(), municipalityId, year);
        var evaluation = evaluations.of(me.id(), municipalityId, year);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EvaluationForm.of(evaluation));
        }
        var thisYear = evaluations.thisYear();
        model.addAttribute("scope", scope);
        model.addAttribute("year", Integer.toString(year));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute(
                "years",
                IntStream.rangeClosed(0, EARLIER_YEARS)
                        .map(i -> thisYear - i)
                        .filter(y -> y != year && y >= Evaluations.FIRST_YEAR)
                        .mapToObj(Integer::toString)
                        .toList());
        return "monitoring/evaluation";
    }

    @PostMapping
    String save(
            @PathVariable UUID municipalityId,
            @PathVariable int year,
            @ModelAttribute("form") EvaluationForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model,
            RedirectAttributes flash) {
        try {
            evaluations.save(me.id(), municipalityId, year, form.seenVersion(), form.findings());
        } catch (EvaluationChangedMeanwhile stale) {
            flash.addFlashAttribute("conflict", "monitoring.evaluation.changedMeanwhile");
            return "redirect:" + path(municipalityId, year);
        } catch (FindingsRefused refused) {
            refused.fields().forEach((field, key) -> errors.rejectValue(field, key));
            return page(municipalityId, year, me, model);
        }
        flash.addFlashAttribute("notice", "monitoring.evaluation.saved");
        return "redirect:" + path(municipalityId, year);
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> report(
            @PathVariable UUID municipalityId,
            @PathVariable int year,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale) {
        var report = reports.of(me.id(), municipalityId, year);
        return YearEvaluationApiController.download(pdf.render(report, locale), year);
    }

    static String path(UUID municipalityId, int year) {
        return "/monitoring/municipalities/" + municipalityId + "/evaluations/" + year;
    }
}
