package nl.eenplan.caseload;

import java.util.List;

/** One page of "Mijn gezinnen": its rows, its number (from 1) and how many households were found in all. */
public record CasePage(List<CaseRow> rows, int page, long total) {

    public CasePage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + CaseQuery.PAGE_SIZE - 1) / CaseQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
