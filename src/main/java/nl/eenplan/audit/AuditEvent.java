package nl.eenplan.audit;

import java.util.UUID;

/** One access to record. {@code onBehalfOf} is null when the user acts for himself. */
public record AuditEvent(
        UUID accountId,
        UUID onBehalfOf,
        String event,
        String subjectType,
        String subjectId,
        UUID householdId,
        String detail) {

    public AuditEvent {
        if (event == null || event.isBlank()) {
            throw new IllegalArgumentException("an audit entry names its event");
        }
    }

    public static AuditEvent of(UUID accountId, String event) {
        return new AuditEvent(accountId, null, event, null, null, null, null);
    }
}
