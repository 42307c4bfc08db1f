package nl.eenplan.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by each module that sets deadlines (plan, meeting, consent, escalation) as a Spring
 * bean; the to-do page and the reminders ask all of them.
 */
public interface DeadlineSource {

    /**
     * The open deadlines this person is responsible for, whatever their date; done things are left
     * out. Called without a logged-in user (reminders), so it must not rely on a security context,
     * and it writes no access log entry: the caller logs what it shows or sends.
     */
    List<Deadline> openDeadlinesOf(UUID accountId, LocalDate today);

    /** Accounts that have at least one open deadline due on or before this day. */
    List<UUID> accountsWithDeadlinesUntil(LocalDate day);

    /**
     * Accounts that have at least one open deadline due from {@code from} up to and including {@code
     * until}. The reminders ask this on every sweep; the default answers with {@link
     * #accountsWithDeadlinesUntil}, which may name more accounts (the caller looks at each account's
     * deadlines anyway), so a source overrides it only to spare that work.
     */
    default List<UUID> accountsWithDeadlinesBetween(LocalDate from, LocalDate until) {
        return accountsWithDeadlinesUntil(until);
    }
}
