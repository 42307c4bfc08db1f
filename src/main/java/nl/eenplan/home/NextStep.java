package nl.eenplan.home;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing to do next, on a person's start page.
 *
 * @param kind message key of what sort of thing it is ("Actie", "Escalatie volgen")
 * @param what a short description in the words of the plan, or blank when {@code kind} says it all
 * @param household the household it concerns, or {@code null}
 * @param due the day by which it is due, or {@code null}
 * @param overdue whether that day has passed
 * @param path the page where it is done, starting with {@code /}
 */
public record NextStep(String kind, String what, String household, LocalDate due, boolean overdue, String path) {

    public NextStep {
        Objects.requireNonNull(kind, "kind");
        what = what == null ? "" : what;
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a next step needs the path of its page");
        }
    }
}
