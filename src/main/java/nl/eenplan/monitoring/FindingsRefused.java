package nl.eenplan.monitoring;

import java.util.Map;

/** MON-1: findings that break a rule (too long, or characters nobody types), by field; nothing was stored. */
public class FindingsRefused extends RuntimeException {

    private final Map<String, String> fields;

    public FindingsRefused(Map<String, String> fields) {
        super("monitoring.evaluation.invalid");
        this.fields = Map.copyOf(fields);
    }

    /** Field name to the message key of its problem. */
    public Map<String, String> fields() {
        return fields;
    }
}
