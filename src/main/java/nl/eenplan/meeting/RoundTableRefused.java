package nl.eenplan.meeting;

/**
 * Something the method or the round table's state does not allow; {@link #reason()} is a message
 * key and {@link #field()} the form field it is about.
 */
public class RoundTableRefused extends RuntimeException {

    private final String reason;
    private final String field;

    public RoundTableRefused(String reason, String field) {
        super(reason);
        this.reason = reason;
        this.field = field;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
