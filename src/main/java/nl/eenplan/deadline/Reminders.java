package nl.eenplan.deadline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of their deadlines by mail (G-2, G-4, PL-10, X-4), as the {@link ReminderPolicy}
 * says, in the way each person chose ({@link ReminderChoice}). Every reminder goes exactly once: it
 * is recorded in a ledger and mailed in the same transaction, and only by the transaction that
 * recorded it. The scheduler calls {@link #sweep} every few minutes on one node of the cluster.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Deadlines deadlines;
    private final ReminderPreferences preferences;
    private final SentReminders ledger;
    private final ReminderMails mails;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final AuditLog audit;
    private final ReminderPolicy policy;
    private final TransactionTemplate transactions;

    Reminders(
            Deadlines deadlines,
            ReminderPreferences preferences,
            SentReminders ledger,
            ReminderMails mails,
            AccountDirectory accounts,
            Mailer mailer,
            AuditLog audit,
            WorkingDays workingDays,
            PlatformTransactionManager transactionManager,
            @Value("${eenplan.reminders.working-days-before:2}") int workingDaysBefore) {
        this.deadlines = deadlines;
        this.preferences = preferences;
        this.ledger = ledger;
        this.mails = mails;
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.policy = new ReminderPolicy(workingDays, workingDaysBefore);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** How many working days before a due date the first reminder goes. */
    public int workingDaysBefore() {
        return policy.workingDaysBefore();
    }

    /**
     * Sends every reminder due at this moment that was not sent before: to each person with a
     * deadline in the reminder window, and, once a week from Monday 07:00, the digest to each person
     * with something overdue or due within two weeks. Each person is handled in a transaction of
     * their own, so one failure stops nobody else's reminders.
     *
     * @return how many mails were sent
     */
    public int sweep(Instant now) {
        var local = LocalDateTime.ofInstant(now, DutchTime.ZONE);
        var today = local.toLocalDate();
        var people = new LinkedHashSet<>(
                deadlines.accountsBetween(policy.firstDueToRemindLate(today), policy.lastDueToRemindBefore(today)));
        var week = policy.digestWeek(local).filter(w -> !ledger.digestsSent(w));
        Set<UUID> digestPeople = week.isPresent() ? deadlines.accountsUntil(policy.digestHorizon(today)) : Set.of();
        people.addAll(digestPeople);
        var sent = 0;
        for (var person : people) {
            sent += remind(person, now, week.filter(w -> digestPeople.contains(person)));
        }
        week.ifPresent(w -> ledger.digestsSentFor(w, now));
        return sent;
    }

    /**
     * As {@link #sweep}, for these people only, with the digest whenever it is due; the full sweep
     * also remembers that a week's digests went out, this does not.
     */
    int sweep(Collection<UUID> people, Instant now) {
        var week = policy.digestWeek(LocalDateTime.ofInstant(now, DutchTime.ZONE));
        return people.stream().mapToInt(person -> remind(person, now, week)).sum();
    }

    private int remind(UUID accountId, Instant now, Optional<DigestWeek> digestWeek) {
        try {
            return Objects.requireNonNull(transactions.execute(status -> accounts.find(accountId)
                    .filter(AccountSummary::active)
                    .filter(account ->
                            account.email() != null && !account.email().isBlank())
                    .map(account -> remind(account, now, digestWeek))
                    .orElse(0)));
        } catch (RuntimeException e) {
            log.warn("Reminders for account {} not sent, tried again at the next sweep", accountId, e);
            return 0;
        }
    }

    private int remind(AccountSummary account, Instant now, Optional<DigestWeek> digestWeek) {
        var today = LocalDateTime.ofInstant(now, DutchTime.ZONE).toLocalDate();
        var choice = preferences.of(account.id());
        var open = deadlines.openOf(account.id(), today);
        var sent = 0;
        if (choice.wantsImmediate()) {
            for (var deadline : open) {
                var moment = policy.momentFor(deadline, today);
                if (moment.isPresent()
                        && ledger.claim(account.id(), deadline.key(), deadline.due(), moment.get(), now)) {
                    mailer.send(mails.reminder(account.email(), moment.get(), deadline, today));
                    audit.record(new AuditEvent(
                                    account.id(),
                                    null,
                                    "REMINDER_SENT",
                                    "deadline",
                                    deadline.key(),
                                    deadline.householdId(),
                                    moment.get() + " " + deadline.due())
                            .on(AccessBasis.system()));
                    sent++;
                }
            }
        }
        if (digestWeek.isPresent()
                && choice.wantsDigest()
                && policy.wantsDigest(open, today)
                && ledger.claim(
                        account.id(), digestWeek.get().key(), digestWeek.get().monday(), ReminderMoment.DIGEST, now)) {
            mailer.send(mails.digest(account.email(), digestWeek.get(), open, today));
            open.stream()
                    .map(Deadline::householdId)
                    .distinct()
                    .forEach(household -> audit.record(new AuditEvent(
                                    account.id(),
                                    null,
                                    "REMINDER_SENT",
                                    "digest",
                                    digestWeek.get().toString(),
                                    household,
                                    ReminderMoment.DIGEST + " " + digestWeek.get())
                            .on(AccessBasis.system())));
            sent++;
        }
        return sent;
    }
}
