package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanCopies;
import nl.eenplan.plan.PlanSnapshot;
import nl.eenplan.plan.PlanVersions;
import nl.eenplan.plan.VersionComparison;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** PL-9: the established versions, one read-only, two side by side, a PDF copy, and sending one round. */
@Controller
@RequestMapping("/households/{householdId}/plan")
class VersionController {

    private final PlanPage page;
    private final PlanVersions versions;
    private final PlanCopies copies;
    private final MessageSource messages;

    VersionController(PlanPage page, PlanVersions versions, PlanCopies copies, MessageSource messages) {
        this.page = page;
        this.versions = versions;
        this.copies = copies;
        this.messages = messages;
    }

    /** A version in the list: its number, the day it was established, by whom, and who agreed (PL-9). */
    record VersionRow(int number, LocalDate establishedOn, String establishedBy, List<String> agreedBy) {}

    @GetMapping("/versions")
    String versions(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        var viewer = page.viewer(householdId, me);
        page.header(householdId, viewer, model);
        var rows = rows(versions.versions(householdId, viewer));
        model.addAttribute("versions", rows);
        model.addAttribute(
                "leftNumber", rows.size() > 1 ? rows.get(rows.size() - 2).number() : 1);
        model.addAttribute("rightNumber", rows.isEmpty() ? 1 : rows.getLast().number());
        return "plan/plan-versions";
    }

    @GetMapping("/versions/{number}")
    String version(
            @PathVariable UUID householdId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        var viewer = page.viewer(householdId, me);
        page.header(householdId, viewer, model);
        var version = versions.version(householdId, viewer, number);
        model.addAttribute("version", version);
        model.addAttribute("establishedOn", dayOf(version));
        return "plan/plan-version";
    }

    @GetMapping("/versions/{number}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID householdId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale) {
        var pdf = copies.pdf(householdId, page.viewer(householdId, me), number, locale);
        // The file name holds no personal data: it may end up in a shared downloads folder.
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-versie-" + number + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    /** PL-9, H-3: mails the participants who receive a copy a link to this version. */
    @PostMapping("/versions/{number}/send")
    String sendRound(
            @PathVariable UUID householdId,
            @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes flash) {
        var sent = copies.sendRound(householdId, page.viewer(householdId, me), number);
        flash.addFlashAttribute("sentTo", sent);
        return "redirect:/households/" + householdId + "/plan/versions/" + number;
    }

    @GetMapping("/compare")
    String compare(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer left,
            @RequestParam(required = false) Integer right,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale,
            Model model) {
        var viewer = page.viewer(householdId, me);
        page.header(householdId, viewer, model);
        var compared = versions.compare(householdId, viewer, left, right);
        var rows = rows(compared.all());
        var before = compared.left();
        var after = compared.right();
        var comparison = new VersionComparison(before, after, key -> messages.getMessage(key, null, key, locale));
        model.addAttribute("versions", rows);
        model.addAttribute("leftNumber", before.number());
        model.addAttribute("rightNumber", after.number());
        model.addAttribute("left", before);
        model.addAttribute("right", after);
        model.addAttribute("leftOn", dayOf(before));
        model.addAttribute("rightOn", dayOf(after));
        model.addAttribute("sections", comparison.sections());
        model.addAttribute("anyChange", comparison.anyChange());
        return "plan/plan-compare";
    }

    private static List<VersionRow> rows(List<PlanSnapshot> versions) {
        return versions.stream()
                .map(v -> new VersionRow(
                        v.number(), dayOf(v), v.establishedBy(), v.agreedBy() == null ? List.of() : v.agreedBy()))
                .toList();
    }

    private static LocalDate dayOf(PlanSnapshot version) {
        return version.establishedAt().atZone(DutchTime.ZONE).toLocalDate();
    }
}
