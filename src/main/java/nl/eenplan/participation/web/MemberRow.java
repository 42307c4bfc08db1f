package nl.eenplan.participation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.eenplan.household.NewMember;

/**
 * One row of the registration form: a household member, or nothing when left empty (H-1). The dates
 * are text as typed (yyyy-mm-dd from a date field), so that a wrong date gets its own message.
 */
record MemberRow(
        String givenName,
        String familyName,
        String dateOfBirth,
        String expectedBirthDate,
        String relation,
        Boolean livesAtAddress) {

    static MemberRow empty() {
        return new MemberRow("", "", "", "", "", true);
    }

    boolean isEmpty() {
        return blank(givenName)
                && blank(familyName)
                && blank(relation)
                && blank(dateOfBirth)
                && blank(expectedBirthDate);
    }

    NewMember toNewMember() {
        return new NewMember(
                givenName,
                familyName,
                date(dateOfBirth).orElse(null),
                date(expectedBirthDate).orElse(null),
                relation,
                Boolean.TRUE.equals(livesAtAddress));
    }

    /** The date in the text; empty when there is none or it is no date. */
    static Optional<LocalDate> date(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
