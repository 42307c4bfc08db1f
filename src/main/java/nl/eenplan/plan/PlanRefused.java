package nl.eenplan.plan;

/** A change the method does not allow now; {@link #reason()} is a message key. */
public class PlanRefused extends RuntimeException {

    private final String reason;

    public PlanRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
