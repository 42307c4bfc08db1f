package nl.eenplan.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a person must do by a day: an action's target date, an evaluation moment, the term to
 * establish a plan, the round-table window, the written form after oral consent, an escalation
 * step's term.
 *
 * @param key stable and unique across EenPlan for this deadline and this person's part in it (for
 *     example {@code action:<id>}); a reminder is sent at most once per key, due date and moment
 * @param kind what sort of deadline this is; its label comes from the message bundles
 * @param due the last day on which the thing is in time
 * @param what a short description in the words of the plan (an action's text, a goal's title)
 * @param householdId the household it concerns, or {@code null}
 * @param household the household's name, or {@code null}
 * @param path the page where it is done, starting with {@code /}
 */
public record Deadline(
        String key, DeadlineKind kind, LocalDate due, String what, UUID householdId, String household, String path) {

    public Deadline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(what, "what");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a deadline needs the path of its page");
        }
    }
}
