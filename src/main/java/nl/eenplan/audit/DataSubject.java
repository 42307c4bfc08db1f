package nl.eenplan.audit;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A household member as a data subject: {@code accountIds} are the accounts he logs in with
 * (usually one, none while he has no account), {@code dateOfBirth} is null for an unborn child, and
 * {@code authorityHolderIds} are the member ids of those with parental authority over him (C-1).
 */
public record DataSubject(
        UUID memberId, String name, LocalDate dateOfBirth, Set<UUID> accountIds, Set<UUID> authorityHolderIds) {

    public DataSubject {
        if (memberId == null || name == null) {
            throw new IllegalArgumentException("a data subject has an id and a name");
        }
        accountIds = accountIds == null ? Set.of() : Set.copyOf(accountIds);
        authorityHolderIds = authorityHolderIds == null ? Set.of() : Set.copyOf(authorityHolderIds);
    }

    /** Age in whole years on a date; -1 for an unborn child. */
    public int ageOn(LocalDate date) {
        return dateOfBirth == null ? -1 : Period.between(dateOfBirth, date).getYears();
    }

    public boolean logsInWith(UUID accountId) {
        return accountId != null && accountIds.contains(accountId);
    }

    /** The same member, who also logs in with this account. */
    public DataSubject withAccount(UUID accountId) {
        var accounts = new HashSet<>(accountIds);
        accounts.add(accountId);
        return new DataSubject(memberId, name, dateOfBirth, accounts, authorityHolderIds);
    }
}
