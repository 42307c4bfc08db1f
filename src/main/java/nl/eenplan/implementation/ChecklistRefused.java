package nl.eenplan.implementation;

import java.util.Map;

/**
 * A change of frameworks, a template or a checklist that breaks a rule; {@code reason} is the message key,
 * {@code fields} names the fields and their message keys where they are known.
 */
public class ChecklistRefused extends RuntimeException {

    private final String reason;
    private final Map<String, String> fields;

    public ChecklistRefused(String reason) {
        this(reason, Map.of());
    }

    public ChecklistRefused(String reason, Map<String, String> fields) {
        super(reason);
        this.reason = reason;
        this.fields = Map.copyOf(fields);
    }

    public String reason() {
        return reason;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
