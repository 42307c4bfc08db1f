package nl.eenplan.identity;

import java.util.UUID;

/**
 * What other modules may know of an account. {@code active}: the invitation was accepted, by
 * choosing a password or by a first login through the identity provider; {@code deactivated}: an
 * administrator switched the account off; {@code version} guards administrators' changes against
 * each other.
 */
public record AccountSummary(
        UUID id,
        String email,
        String displayName,
        AccountKind kind,
        boolean active,
        boolean secondFactorEnabled,
        boolean deactivated,
        boolean secondFactorChosen,
        int version) {

    static AccountSummary of(Account account) {
        return new AccountSummary(
                account.id(),
                account.email(),
                account.displayName(),
                account.kind(),
                account.active(),
                account.totpEnabled(),
                account.deactivated(),
                account.secondFactorChosen(),
                account.version());
    }

    /** Whether logging in asks for a code from an app. */
    public boolean asksForSecondFactor() {
        return kind.requiresSecondFactor() || secondFactorEnabled || secondFactorChosen;
    }
}
