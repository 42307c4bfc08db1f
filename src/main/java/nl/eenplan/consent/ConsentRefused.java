package nl.eenplan.consent;

/**
 * Something the method does not allow (C-1..C-6). {@link #reason()} is a message key with {@link
 * #arguments()}; {@link #field()} names the form field it is about.
 */
public class ConsentRefused extends RuntimeException {

    private final String field;
    private final String reason;
    private final transient Object[] arguments;

    public ConsentRefused(String field, String reason, Object... arguments) {
        super(reason);
        this.field = field;
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
