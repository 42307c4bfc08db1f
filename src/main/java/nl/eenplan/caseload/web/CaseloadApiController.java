package nl.eenplan.caseload.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.caseload.CaseQuery;
import nl.eenplan.caseload.CaseRow;
import nl.eenplan.caseload.CaseView;
import nl.eenplan.caseload.Caseload;
import nl.eenplan.caseload.CaseloadRefused;
import nl.eenplan.caseload.PlanState;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Mijn gezinnen" through the API: the households a member of staff may find, searched and filtered
 * as on the page, a page at a time (pages from 0). Every search is logged, as on the page.
 */
@RestController
class CaseloadApiController {

    private final Caseload caseload;

    CaseloadApiController(Caseload caseload) {
        this.caseload = caseload;
    }

    /**
     * {@code q} a name or postcode, {@code born} a member's date of birth (2015-03-09), {@code filter}
     * OVERDUE, ESCALATION, ROUND_TABLE or CONSENT (more than once), {@code plan} DRAFT, ESTABLISHED,
     * CLOSED or NONE. Bad values are 400 naming each under {@code errors}; anyone but staff gets 403.
     */
    @GetMapping("/api/v1/cases")
    ApiPage<CaseItem> cases(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String born,
            @RequestParam(name = "filter", required = false) List<String> filters,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        if (!Caseload.mayUse(person)) {
            throw new CaseloadRefused();
        }
        var paging = Paging.of(page, size);
        var search = CaseSearchForm.read(q, born, filters, plan, String.valueOf(paging.page() + 1));
        if (!search.errors().isEmpty()) {
            throw new SearchInvalid(search.errors());
        }
        var query = search.query();
        var found = caseload.find(
                person,
                new CaseQuery(
                        query.text(),
                        query.dateOfBirth(),
                        query.filters(),
                        query.planState(),
                        query.page(),
                        paging.size()));
        return paging.page(found.rows().stream().map(CaseItem::of).toList(), found.total());
    }

    /** A search with bad values: each field with the message key of what is wrong. */
    static class SearchInvalid extends RuntimeException {

        private final transient Map<String, String> errors;

        SearchInvalid(Map<String, String> errors) {
            super("search invalid");
            this.errors = Map.copyOf(errors);
        }

        Map<String, String> errors() {
            return errors;
        }
    }

    /**
     * One household found: for a household found through an escalation he oversees ({@code view}
     * ESCALATION) only its name and open escalations; {@code page} is where it leads on the site.
     */
    record CaseItem(
            UUID householdId,
            String name,
            CaseView view,
            PlanState planState,
            String coordinator,
            int overdue,
            LocalDate nextDeadline,
            int openEscalations,
            LocalDate roundTable,
            LocalDate consentDue,
            String assignee,
            String page) {

        static CaseItem of(CaseRow row) {
            return new CaseItem(
                    row.householdId(),
                    row.name(),
                    row.view(),
                    row.planState(),
                    row.coordinator(),
                    row.overdue(),
                    row.nextDeadline(),
                    row.openEscalations(),
                    row.roundTable(),
                    row.consentDue(),
                    row.assignee(),
                    row.link());
        }
    }
}
