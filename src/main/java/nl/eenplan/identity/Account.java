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

    boolean canLogIn() {
        return active && passwordHash != null;
    }

    boolean requiresSecondFactor() {
        return kind.requiresSecondFactor() || totpEnabled;
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
