package nl.eenplan.household;

import java.time.LocalDate;

/** A member to register; exactly one of date of birth and expected birth date (unborn child). */
public record NewMember(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedBirthDate,
        String relation,
        boolean livesAtAddress) {

    public NewMember {
        if (givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("a member needs a name");
        }
        if ((dateOfBirth == null) == (expectedBirthDate == null)) {
            throw new IllegalArgumentException("either a date of birth or an expected birth date");
        }
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("a member needs a relation within the household");
        }
    }

    public static NewMember born(String givenName, String familyName, LocalDate dateOfBirth, String relation) {
        return new NewMember(givenName, familyName, dateOfBirth, null, relation, true);
    }

    public static NewMember unborn(String givenName, String familyName, LocalDate expected, String relation) {
        return new NewMember(givenName, familyName, null, expected, relation, true);
    }
}
