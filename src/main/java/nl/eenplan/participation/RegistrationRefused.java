package nl.eenplan.participation;

/** Registering a household was refused; {@code reason} is a message key (H-1). */
public class RegistrationRefused extends RuntimeException {

    private final String reason;

    public RegistrationRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
