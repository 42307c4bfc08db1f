package nl.eenplan.identity;

import java.util.UUID;

/** What other modules may know of an account. */
public record AccountSummary(
        UUID id, String email, String displayName, AccountKind kind, boolean active, boolean secondFactorEnabled) {

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.id(),
                account.email(),
                account.displayName(),
                account.kind(),
                account.active(),
                account.totpEnabled());
    }
}
