package nl.eenplan.deadline;

/** When a reminder goes: before the due date, on (or, after downtime, soon after) it, or in the weekly digest. */
enum ReminderMoment {
    BEFORE,
    ON,
    DIGEST
}
