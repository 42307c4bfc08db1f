package nl.eenplan.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A household member as registered (H-1); {@code authorityHolders} have parental authority (C-1). */
public record Member(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate expectedBirthDate,
        String relation,
        boolean livesAtAddress,
        UUID accountId,
        String authorityHolders) {

    public String name() {
        return givenName + " " + familyName;
    }

    public boolean unborn() {
        return dateOfBirth == null;
    }

    /** Age in whole years on a date; -1 for an unborn child. */
    public int ageOn(LocalDate date) {
        return unborn() ? -1 : Period.between(dateOfBirth, date).getYears();
    }

    public Set<UUID> authorityHolderIds() {
        if (authorityHolders == null || authorityHolders.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(authorityHolders.split(",")).map(UUID::fromString).collect(Collectors.toSet());
    }
}
