package nl.eenplan.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.eenplan.calendar.WorkingDays;

/**
 * When EenPlan reminds a person of a deadline (G-2, G-4, X-4): once when the due date is at most
 * {@code workingDaysBefore} working days away, once on the due date, and in a weekly digest from
 * Monday 07:00. A reminder missed while EenPlan was down goes out at the next sweep, up to {@link
 * #LATE_DAYS} days after the due date; older ones are left to the digest and the to-do page, so that
 * a first start on old data does not flood anyone's mailbox.
 *
 * @param workingDaysBefore how many working days ahead the first reminder goes
 */
record ReminderPolicy(WorkingDays workingDays, int workingDaysBefore) {

    static final int LATE_DAYS = 7;
    static final LocalTime DIGEST_FROM = LocalTime.of(7, 0);
    /** A digest goes to whoever has something overdue or due within this many days. */
    static final int DIGEST_HORIZON_DAYS = 14;

    ReminderPolicy {
        if (workingDaysBefore < 0) {
            throw new IllegalArgumentException("cannot remind " + workingDaysBefore + " working days before");
        }
    }

    /** The last due date that gets its reminder before on this day (X-4: weekends and holidays skipped). */
    LocalDate lastDueToRemindBefore(LocalDate today) {
        return workingDays.addWorkingDays(today, workingDaysBefore);
    }

    /** The first due date that still gets a reminder on the day, when it was missed. */
    LocalDate firstDueToRemindLate(LocalDate today) {
        return today.minusDays(LATE_DAYS);
    }

    LocalDate digestHorizon(LocalDate today) {
        return today.plusDays(DIGEST_HORIZON_DAYS);
    }

    /** The reminder this deadline is due for on this day, if any. */
    Optional<ReminderMoment> momentFor(Deadline deadline, LocalDate today) {
        var due = deadline.due();
        if (due.isAfter(today)) {
            return due.isAfter(lastDueToRemindBefore(today)) ? Optional.empty() : Optional.of(ReminderMoment.BEFORE);
        }
        return due.isBefore(firstDueToRemindLate(today)) ? Optional.empty() : Optional.of(ReminderMoment.ON);
    }

    /** The week whose digest is due at this moment (Dutch time): from Monday 07:00 on. */
    Optional<DigestWeek> digestWeek(LocalDateTime now) {
        if (now.getDayOfWeek() == DayOfWeek.MONDAY && now.toLocalTime().isBefore(DIGEST_FROM)) {
            return Optional.empty();
        }
        return Optional.of(DigestWeek.of(now.toLocalDate()));
    }

    /** Whether these open deadlines are worth a digest: something overdue or due within the horizon. */
    boolean wantsDigest(List<Deadline> open, LocalDate today) {
        var horizon = digestHorizon(today);
        return open.stream().anyMatch(d -> !d.due().isAfter(horizon));
    }
}
