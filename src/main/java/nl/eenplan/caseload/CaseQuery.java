package nl.eenplan.caseload;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A search of "Mijn gezinnen": a text found in the household's name, its members' names or its
 * postcode; a member's date of birth; what needs attention; the plan's status; and the page (from 1) of
 * {@code size} rows ({@value #PAGE_SIZE} on the page, 1 to 100 through the API).
 */
public record CaseQuery(
        String text, LocalDate dateOfBirth, Set<CaseFilter> filters, PlanState planState, int page, int size) {

    /** Rows on a page. */
    public static final int PAGE_SIZE = 20;

    /** C-3: a consent that ends within this many weeks is due for renewal. */
    public static final int RENEWAL_WEEKS = 6;

    /** The longest text searched for; longer input is cut, never refused. */
    static final int MAX_TEXT = 100;

    public CaseQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        filters = filters == null || filters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(filters));
        page = Math.max(1, page);
        size = Math.clamp(size, 1, 100);
    }

    /** A search with pages of {@value #PAGE_SIZE} rows, as on the page "Mijn gezinnen". */
    public CaseQuery(String text, LocalDate dateOfBirth, Set<CaseFilter> filters, PlanState planState, int page) {
        this(text, dateOfBirth, filters, planState, page, PAGE_SIZE);
    }

    public static CaseQuery everything() {
        return new CaseQuery("", null, Set.of(), null, 1);
    }

    public CaseQuery onPage(int number) {
        return new CaseQuery(text, dateOfBirth, filters, planState, number, size);
    }

    boolean searchesText() {
        return !text.isEmpty();
    }

    /** The text as a LIKE pattern in lower case, with the pattern's own characters escaped. */
    String namePattern() {
        return "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text as a postcode: capitals, no spaces ("1234 ab" finds "1234AB"). */
    String postcodePattern() {
        return "%" + escaped(text.replace(" ", "").toUpperCase(Locale.ROOT)) + "%";
    }

    /** Whether anything beyond the household's name is asked, which rows of an overseer never answer. */
    boolean asksBeyondTheName() {
        return dateOfBirth != null || planState != null || filters.stream().anyMatch(f -> f != CaseFilter.ESCALATION);
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
