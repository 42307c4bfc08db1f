package nl.eenplan.home;

import java.util.List;

/**
 * One page of a list in the JSON API: its items, which page of what size, how many there are in
 * all, and the number of the next page ({@code null} on the last one).
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, Integer nextPage) {}
