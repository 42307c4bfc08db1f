package nl.eenplan.implementation;

/** A recording of requirements that is not allowed; {@link #reason()} is the message key. */
public class RequirementsRefused extends RuntimeException {

    private final String reason;

    public RequirementsRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
