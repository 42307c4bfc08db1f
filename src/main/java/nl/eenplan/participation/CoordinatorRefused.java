package nl.eenplan.participation;

/** A choice of coordinator that the method does not allow; {@link #reason()} is a message key. */
public class CoordinatorRefused extends RuntimeException {

    private final String reason;

    public CoordinatorRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
