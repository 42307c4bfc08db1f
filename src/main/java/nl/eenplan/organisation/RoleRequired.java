package nl.eenplan.organisation;

/**
 * IMP-2: a change that would leave an organisation without the role the method asks of it (the last
 * attention officer, a municipality's last agenda holder); {@link #reason()} is the message key.
 */
public class RoleRequired extends RuntimeException {

    private final String reason;

    RoleRequired(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
