package nl.eenplan.home;

import java.time.LocalDate;

/**
 * What a field of EenPlan accepts, in one place for the pages and the API alike: how long a text may
 * be, which characters it may hold, and which dates are plausible. Forms, API requests and the plan's
 * commands all ask here, so that they never disagree.
 */
public final class FieldRules {

    /** A name, a relation, a place: one short line. */
    public static final int NAME = 120;

    /** A goal: one short, positive sentence (G-1). */
    public static final int TITLE = 300;

    /** A short explanation: another arrangement of coordination. */
    public static final int SHORT_TEXT = 500;

    /** Who does what (G-2), a purpose, an explanation. */
    public static final int TEXT = 2_000;

    /** The longest text of all: first agreements, minutes. */
    public static final int LONG_TEXT = 10_000;

    /** No field of any form is longer; what is, is refused before it is read. */
    public static final int ANY_FIELD = 20_000;

    /** The longest e-mail address SMTP allows. */
    public static final int EMAIL = 254;

    /** The most rows a form with a list (members, participants) can have. */
    public static final int ROWS = 100;

    /** The first and last day EenPlan plans or records anything on. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private FieldRules() {}

    /**
     * Text a person can type: no control characters (a line break and a tab only where several lines
     * are allowed), no halves of characters and no non-characters.
     */
    public static boolean isText(String text, boolean multiLine) {
        if (text == null) {
            return true;
        }
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Text a person can type at all, on one line or several: what the pages' filter ({@code InputGuard})
     * and the API's JSON reader both refuse otherwise (NUL and every other control character but a tab,
     * a line break and a carriage return; halves of characters; non-characters). A field that holds one
     * line only asks {@link #isText(String, boolean)} as well.
     */
    public static boolean isTypeable(String text) {
        return isText(text, true);
    }

    /** Text of at most {@code max} characters (after the spaces around it), readable as {@link #isText}. */
    public static boolean isText(String text, int max, boolean multiLine) {
        return text == null || (text.strip().length() <= max && isText(text, multiLine));
    }

    /** A day EenPlan can plan or record: between {@link #EARLIEST} and {@link #LATEST}. */
    public static boolean isPlausible(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** A date of birth: not in the future, and at most 120 years ago. */
    public static boolean isBirthDate(LocalDate date, LocalDate today) {
        return date == null || (!date.isAfter(today) && !date.isBefore(today.minusYears(120)));
    }

    /** An expected birth date: the method covers everyone from -9 months, so within ten months from today. */
    public static boolean isExpectedBirthDate(LocalDate date, LocalDate today) {
        return date == null || (!date.isBefore(today) && !date.isAfter(today.plusMonths(10)));
    }
}
