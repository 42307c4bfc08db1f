package nl.eenplan.retention;

/** a request for earlier destruction, or its decision, the rules do not allow; the reason is a message key. */
public class DestructionRefused extends RuntimeException {

    private final String reason;

    public DestructionRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
