package nl.eenplan.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.EarlierPlan;
import nl.eenplan.plan.EarlierPlans;
import nl.eenplan.plan.PlanCopies;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** H-4: "Eerdere plannen": the household's closed plans before the current one, their versions and PDFs, read only. */
@Controller
@RequestMapping("/households/{householdId}/plan/earlier")
class EarlierPlanController {

    private final PlanPage page;
    private final EarlierPlans earlier;
    private final PlanCopies copies;

    EarlierPlanController(PlanPage page, EarlierPlans earlier, PlanCopies copies) {
        this.page = page;
        this.earlier = earlier;
        this.copies = copies;
    }

    @GetMapping
    String list(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var viewer = page.viewer(householdId, me);
        page.header(householdId, viewer, model);
        model.addAttribute(
                "plans",
                earlier.of(householdId, viewer).stream()
                        .map(EarlierPlanController::row)
                        .toList());
        return "plan/plan-earlier";
    }

    @GetMapping("/{planId}/versions/{number}")
    String version(
            @PathVariable UUID householdId,
            @PathVariable UUID planId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        var viewer = page.viewer(householdId, me);
        page.header(householdId, viewer, model);
        var version = earlier.version(householdId, viewer, planId, number);
        model.addAttribute("version", version);
        model.addAttribute("earlier", planId);
        model.addAttribute("establishedOn", day(version.establishedAt()));
        return "plan/plan-version";
    }

    @GetMapping("/{planId}/versions/{number}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID householdId,
            @PathVariable UUID planId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale) {
        var pdf = copies.earlierPdf(householdId, page.viewer(householdId, me), planId, number, locale);
        // The file name holds no personal data: it may end up in a shared downloads folder.
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("eerder-plan-versie-" + number + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /** An earlier plan in the list: when it ran, why it closed, and its versions. */
    record EarlierPlanRow(
            UUID id,
            LocalDate startedOn,
            LocalDate closedOn,
            CloseReason closeReason,
            List<VersionController.VersionRow> versions) {}

    private static EarlierPlanRow row(EarlierPlan plan) {
        return new EarlierPlanRow(
                plan.id(),
                day(plan.startedAt()),
                day(plan.closedAt()),
                plan.closeReason(),
                plan.versions().stream()
                        .map(v -> new VersionController.VersionRow(
                                v.number(),
                                day(v.establishedAt()),
                                v.establishedBy(),
                                v.agreedBy() == null ? List.of() : v.agreedBy()))
                        .toList());
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(DutchTime.ZONE).toLocalDate();
    }
}
