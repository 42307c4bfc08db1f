package nl.eenplan.caseload;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn gezinnen": a page of the households a member of staff may find (see {@link CaseView}).
 *
 * <p>X-1 (NEN 7513): every search is logged as {@code CASES_SEARCHED} with what was searched on but not
 * the values typed (a name or a date of birth is itself personal data, of someone who may not be a client),
 * the filters, the page and how many were found; and each household shown gets its own {@code CASE_LISTED}
 * entry, with the basis of the person's view, so the household sees in its access log who found it.
 */
@Service
public class Caseload {

    private final CaseScopes scopes;
    private final CaseSearch search;
    private final AuditLog audit;
    private final Clock clock;

    Caseload(CaseScopes scopes, CaseSearch search, AuditLog audit, Clock clock) {
        this.scopes = scopes;
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether this person has "Mijn gezinnen" at all: staff only, never a household or network member. */
    public static boolean mayUse(AccountPrincipal person) {
        return person != null && person.kind() == AccountKind.STAFF;
    }

    /** One page of the households this person may find; {@link CaseloadRefused} for anyone but staff. */
    @Transactional
    public CasePage find(AccountPrincipal person, CaseQuery query) {
        if (!mayUse(person)) {
            throw new CaseloadRefused();
        }
        var scope = scopes.of(person.id(), query);
        var found = search.page(scope, query, DutchTime.today(clock));
        audit.record(
                new AuditEvent(person.id(), null, "CASES_SEARCHED", "caseload", null, null, summary(query, found)));
        for (var row : found.rows()) {
            audit.record(new AuditEvent(
                            person.id(),
                            null,
                            "CASE_LISTED",
                            "household",
                            row.householdId().toString(),
                            row.householdId(),
                            null)
                    .on(basis(row, scope)));
        }
        return new CasePage(found.rows(), query.page(), found.total());
    }

    private static AccessBasis basis(CaseRow row, CaseScope scope) {
        return switch (row.view()) {
            case TEAM -> AccessBasis.participation(row.participantId());
            case ACCESS_TEAM -> AccessBasis.accessTeam(row.accessTeamId());
            case ESCALATION ->
                AccessBasis.together(scope.overseen().get(row.householdId()).stream()
                        .map(AccessBasis::escalationStep)
                        .toList());
        };
    }

    /** What was searched on, never the values: "text date-of-birth filters=OVERDUE,CONSENT plan=DRAFT page=1 found=3". */
    static String summary(CaseQuery query, CaseSearch.Found found) {
        var parts = new ArrayList<String>();
        if (query.searchesText()) {
            parts.add("text");
        }
        if (query.dateOfBirth() != null) {
            parts.add("date-of-birth");
        }
        if (!query.filters().isEmpty()) {
            parts.add("filters="
                    + query.filters().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (query.planState() != null) {
            parts.add("plan=" + query.planState().name());
        }
        parts.add("page=" + query.page());
        parts.add("found=" + found.total());
        parts.add("shown=" + found.rows().size());
        return String.join(" ", List.copyOf(parts));
    }
}
