package nl.eenplan.home;

import java.util.List;

/**
 * Which page of a list the API answers: {@code ?page=0&size=20}, pages counted from 0, at most 100
 * items a page. A page or size out of range is refused (400), never quietly corrected.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_PAGE = 1_000_000;

    public Paging {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new Invalid();
        }
    }

    /** The page asked for; a missing page is the first, a missing size {@value #DEFAULT_SIZE}. */
    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** How many items come before this page, for {@code offset} in SQL. */
    public long offset() {
        return (long) page * size;
    }

    /** This page of a list that is already complete in memory (a household's team, its consents). */
    public <T> ApiPage<T> of(List<T> all) {
        var from = (int) Math.min(offset(), all.size());
        var to = (int) Math.min(offset() + size, all.size());
        return page(List.copyOf(all.subList(from, to)), all.size());
    }

    /** This page, holding {@code items} of {@code total} in all. */
    public <T> ApiPage<T> page(List<T> items, long total) {
        var nextPage = offset() + items.size() < total ? Integer.valueOf(page + 1) : null;
        return new ApiPage<>(items, page, size, total, nextPage);
    }

    /** A page or size the API does not give: answered with 400. */
    public static class Invalid extends RuntimeException {
        Invalid() {
            super("page must be 0 or more, size from 1 to " + MAX_SIZE);
        }
    }
}
