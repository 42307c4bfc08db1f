package nl.eenplan.household;

import java.time.LocalDate;

/**
 * X-6 (AVG rectification): a member's data as it should have been registered. A born member keeps a
 * date of birth; an expected child keeps its expected birth date ({@code dateOfBirth} is then that date).
 */
public record Rectification(String givenName, String familyName, LocalDate dateOfBirth, String relation) {

    public Rectification {
        if (givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("a member needs a name");
        }
        if (dateOfBirth == null || relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("a member needs a date and a relation");
        }
        givenName = givenName.strip();
        familyName = familyName.strip();
        relation = relation.strip();
    }
}
