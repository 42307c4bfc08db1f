package nl.eenplan.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.eenplan.audit.AccessLogLine;
import nl.eenplan.audit.HouseholdAccessLog;
import nl.eenplan.audit.PersonalDataCopies;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The household's access log and a member's personal-data copy through the API, with the
 * pages' use cases: only household members read them, each about himself and the children he
 * represents; anyone else gets 404. Reading either is logged, as on the pages.
 */
@RestController
@RequestMapping("/api/v1/households/{householdId}")
class AccessLogApiController {

    private final HouseholdAccessLog log;
    private final PersonalDataCopies copies;

    AccessLogApiController(HouseholdAccessLog log, PersonalDataCopies copies) {
        this.log = log;
        this.copies = copies;
    }

    /** Newest first, one entry an item, in words; the reader's own visits only with {@code includeOwn=true}. */
    @GetMapping("/access-log")
    ApiPage<AccessLogItem> accessLog(
            @PathVariable UUID householdId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(defaultValue = "false") boolean includeOwn,
            @AuthenticationPrincipal AccountPrincipal person,
            HttpServletRequest request) {
        var paging = Paging.of(page, size);
        var entries = log.entries(
                householdId, person, paging.page(), paging.size(), !includeOwn, ApiProblem.language(request));
        return paging.page(entries.lines().stream().map(AccessLogItem::of).toList(), entries.total());
    }

    /** everything EenPlan keeps about this member, as the JSON download of the page (AVG articles 15, 20). */
    @GetMapping(value = "/personal-data/{memberId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> personalData(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal person) {
        var copy = copies.json(householdId, memberId, person);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                // Personal data: no copy in a shared cache.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(copy.body());
    }

    /**
     * One entry of the access log: when (Dutch time), who (name and organisation; {@code eenplan} when
     * EenPlan itself acted), whether it was the reader, what was done, about whom and on which basis.
     */
    record AccessLogItem(
            OffsetDateTime at,
            String who,
            String organisation,
            boolean administrator,
            boolean eenplan,
            boolean you,
            String what,
            String about,
            String basis) {

        static AccessLogItem of(AccessLogLine line) {
            return new AccessLogItem(
                    line.first().toOffsetDateTime(),
                    line.who().name(),
                    line.who().organisation(),
                    line.who().administrator(),
                    line.eenplan(),
                    line.you(),
                    line.what(),
                    line.about(),
                    line.basis());
        }
    }
}
