package nl.eenplan.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

/**
 * A household member as registered (H-1); {@code authorityHolderIds} are the ids of the members with
 * parental authority over him (C-1).
 */
public record Member(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedBirthDate,
        String relation,
        boolean livesAtAddress,
        UUID accountId,
        Set<UUID> authorityHolderIds) {

    /**
     * From this age a member is an adult (meerderjarig): he consents for himself only (C-1), may
     * coordinate and hold parental authority. The one home of this age; {@code ConsentRule} builds on it.
     */
    public static final int ADULT_FROM = 18;

    public Member {
        authorityHolderIds = authorityHolderIds == null ? Set.of() : Set.copyOf(authorityHolderIds);
    }

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean unborn() {
        return dateOfBirth == null;
    }

    /** Whether this member is an adult on {@code date} ({@link #ADULT_FROM}); never an unborn child. */
    public boolean adultOn(LocalDate date) {
        return ageOn(date) >= ADULT_FROM;
    }

    /** Age in whole years on a date; -1 for an unborn child. */
    public int ageOn(LocalDate date) {
        return unborn() ? -1 : Period.between(dateOfBirth, date).getYears();
    }
}
