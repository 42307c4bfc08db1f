package nl.eenplan.deadline;

/**
 * How a person wants to be reminded of deadlines; each has a label {@code
 * deadline.reminders.choice.<NAME>} in the message bundles.
 */
public enum ReminderChoice {
    /** Only the weekly overview on Monday morning. */
    DIGEST,
    /** Only a mail before and on the day of each deadline. */
    IMMEDIATE,
    /** Both; the choice of everyone who has not chosen. */
    BOTH;

    public boolean wantsImmediate() {
        return this != DIGEST;
    }

    public boolean wantsDigest() {
        return this != IMMEDIATE;
    }
}
