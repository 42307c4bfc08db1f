package nl.eenplan.caseload.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.eenplan.caseload.CaseFilter;
import nl.eenplan.caseload.CaseQuery;
import nl.eenplan.caseload.PlanState;
import nl.eenplan.home.FieldRules;

/**
 * The search form of "Mijn gezinnen" as typed, read into a {@link CaseQuery}; {@code errors} maps a
 * field's id to the message key of what is wrong with it.
 */
public record CaseSearchForm(
        String q, String born, Set<CaseFilter> filters, PlanState plan, CaseQuery query, Map<String, String> errors) {

    private static final DateTimeFormatter DUTCH =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    static CaseSearchForm read(String text, String born, List<String> filterNames, String plan, String page) {
        var errors = new LinkedHashMap<String, String>();
        var q = text == null ? "" : text.strip();
        if (q.length() > 100) {
            errors.put("q", "caseload.search.tooLong");
        }
        var bornText = born == null ? "" : born.strip();
        LocalDate dateOfBirth = null;
        if (!bornText.isEmpty()) {
            dateOfBirth = date(bornText);
            if (dateOfBirth == null) {
                errors.put("born", "caseload.search.bornInvalid");
            }
        }
        var filters = EnumSet.noneOf(CaseFilter.class);
        for (var name : filterNames == null ? List.<String>of() : filterNames) {
            try {
                filters.add(CaseFilter.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("filters", "caseload.search.filterInvalid");
            }
        }
        PlanState state = null;
        if (plan != null && !plan.isBlank()) {
            try {
                state = PlanState.valueOf(plan.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("plan", "caseload.search.planInvalid");
            }
        }
        var number = 1;
        if (page != null && !page.isBlank()) {
            try {
                number = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                errors.put("page", "caseload.search.pageInvalid");
            }
            if (number < 1 || number > 100_000) {
                errors.put("page", "caseload.search.pageInvalid");
            }
        }
        var query = new CaseQuery(q, dateOfBirth, filters, state, number);
        return new CaseSearchForm(q, bornText, filters, state, query, errors);
    }

    /** A date of birth as the date field sends it (2015-03-09) or as typed (9-3-2015), within EenPlan's days. */
    private static LocalDate date(String text) {
        for (var format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DUTCH)) {
            try {
                var date = LocalDate.parse(text, format);
                return date.isBefore(FieldRules.EARLIEST) || date.isAfter(FieldRules.LATEST) ? null : date;
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    public boolean has(CaseFilter filter) {
        return filters.contains(filter);
    }

    /** The chosen filters by name, for the links to other pages. */
    public List<String> filterNames() {
        return filters.stream().map(Enum::name).toList();
    }

    public String planName() {
        return plan == null ? "" : plan.name();
    }
}
