package nl.eenplan.escalation;

/** A step the ladder does not allow now; {@link #reason()} is a message key. */
public class EscalationRefused extends RuntimeException {

    private final String reason;

    public EscalationRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
