package nl.eenplan.audit.web;

import java.util.Locale;
import java.util.UUID;
import nl.eenplan.audit.Download;
import nl.eenplan.audit.HouseholdAccessLog;
import nl.eenplan.audit.PersonalDataCopies;
import nl.eenplan.identity.AccountPrincipal;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A household member sees who looked at or changed the plan and downloads his personal data,
 * or a young child's. Anyone else is told the page does not exist.
 */
@Controller
@RequestMapping("/households/{householdId}")
class HouseholdAccessLogController {

    private final HouseholdAccessLog log;
    private final PersonalDataCopies copies;

    HouseholdAccessLogController(HouseholdAccessLog log, PersonalDataCopies copies) {
        this.log = log;
        this.copies = copies;
    }

    @GetMapping("/access-log")
    String accessLog(
            @PathVariable UUID householdId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "hide") String own,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale,
            Model model) {
        // The household's own visits would crowd out what others did; they show on request.
        model.addAttribute("log", log.page(householdId, me, page, !"show".equals(own), locale));
        return "audit/access-log";
    }

    @GetMapping("/personal-data/{memberId}.json")
    ResponseEntity<byte[]> json(
            @PathVariable UUID householdId, @PathVariable UUID memberId, @AuthenticationPrincipal AccountPrincipal me) {
        return download(copies.json(householdId, memberId, me));
    }

    @GetMapping("/personal-data/{memberId}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale) {
        return download(copies.pdf(householdId, memberId, me, locale));
    }

    static ResponseEntity<byte[]> download(Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename())
                                .build()
                                .toString())
                // Personal data: no copy in a shared cache or the browser's history.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.body());
    }
}
