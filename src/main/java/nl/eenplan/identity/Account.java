package nl.eenplan.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("account")
class Account {

    @Id
    private UUID id;

    @Version
    private Integer version;

    private String email;
    private String displayName;
    private AccountKind kind;
    private String passwordHash;
    private String totpSecret;
    private boolean totpEnabled;
    private long totpLastStep;
    private boolean active;
    private String locale;
    private Instant createdAt;
    private Instant deactivatedAt;
    private boolean secondFactorChosen;

    Account() {}

    static Account invited(String email, String displayName, AccountKind kind, Instant now) {
        var account = new Account();
        account.id = UUID.randomUUID();
        account.email = email.strip().toLowerCase(Locale.ROOT);
        account.displayName = displayName.strip();
        account.kind = kind;
        account.locale = "nl";
        account.createdAt = now;
        return account;
    }

    void choosePassword(String hash) {
        this.passwordHash = hash;
        this.active = true;
    }

    /**
     * Whether the account may act at all: log in, keep its sessions, use its API tokens. It is
     * active and not deactivated. An account becomes active only when its invitation is accepted,
     * by choosing a password ({@link #choosePassword}) or by a first login through the identity
     * provider ({@link #activateThroughProvider}; its verified e-mail address is the link, ADR 0029),
     * so an active account always has one of the two ways in (ADR 0008). Which way a login may take
     * is a separate question: the password login asks {@link #hasPassword()} as well.
     */
    boolean canLogIn() {
        return active && deactivatedAt == null;
    }

    /** {@link #canLogIn()} as an SQL condition on the account table named {@code a}. */
    static final String CAN_LOG_IN = "a.active and a.deactivated_at is null";

    /**
     * Whether a password was chosen once: the password login, a password reset and a password
     * change need one. An account that logs in only through the identity provider has none.
     */
    boolean hasPassword() {
        return passwordHash != null;
    }

    /** An invited person logged in through the identity provider: the account is theirs, without a password. */
    void activateThroughProvider() {
        this.active = true;
    }

    boolean requiresSecondFactor() {
        return kind.requiresSecondFactor() || totpEnabled || secondFactorChosen;
    }

    /** A citizen chose to log in with an app too; staff always do. */
    void chooseSecondFactor() {
        this.secondFactorChosen = true;
    }

    /** A citizen turns the app off again: from now on the password alone logs in. */
    void turnOffSecondFactor() {
        if (kind.requiresSecondFactor()) {
            throw new SecondFactorRequired();
        }
        this.secondFactorChosen = false;
        forgetSecondFactor();
    }

    /**
     * An administrator forgets the app (it was lost): whoever must or chose to use one sets it up
     * again at the next login.
     */
    void forgetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
    }

    void deactivate(Instant now) {
        if (deactivatedAt == null) {
            this.deactivatedAt = now;
        }
    }

    void reactivate() {
        this.deactivatedAt = null;
    }

    boolean deactivated() {
        return deactivatedAt != null;
    }

    boolean secondFactorChosen() {
        return secondFactorChosen;
    }

    int version() {
        return version == null ? 0 : version;
    }

    void enableSecondFactor(String secret, long usedStep) {
        this.totpSecret = secret;
        this.totpEnabled = true;
        this.totpLastStep = usedStep;
    }

    /** Marks a time step as used, so a code cannot be replayed; false if it was used before. */
    boolean useTimeStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    void chooseLocale(String locale) {
        this.locale = locale;
    }

    AccountPrincipal principal() {
        return new AccountPrincipal(id, email, displayName, kind);
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    AccountKind kind() {
        return kind;
    }

    String passwordHash() {
        return passwordHash;
    }

    String totpSecret() {
        return totpSecret;
    }

    boolean totpEnabled() {
        return totpEnabled;
    }

    boolean active() {
        return active;
    }

    String locale() {
        return locale;
    }
}
