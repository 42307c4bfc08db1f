package nl.eenplan.audit;

import java.util.UUID;

/**
 * One access to record (X-1, X-6, NEN 7513): the event, who did it ({@code accountId}), on whose
 * behalf ({@code onBehalfOf}, null when the user acts for himself), what it was about, the household
 * and, when the access concerns one person, the household member; and the basis that allowed it.
 * Callers start from the seven-argument constructor and add {@link #about(UUID)} and {@link
 * #on(AccessBasis)} where they know them.
 */
public record AuditEvent(
        UUID accountId,
        UUID onBehalfOf,
        String event,
        String subjectType,
        String subjectId,
        UUID householdId,
        String detail,
        UUID memberId,
        AccessBasis basis) {

    public AuditEvent {
        if (event == null || event.isBlank()) {
            throw new IllegalArgumentException("an audit entry names its event");
        }
        if (memberId != null && householdId == null) {
            throw new IllegalArgumentException("an entry about a member names the member's household");
        }
    }

    public AuditEvent(
            UUID accountId,
            UUID onBehalfOf,
            String event,
            String subjectType,
            String subjectId,
            UUID householdId,
            String detail) {
        this(accountId, onBehalfOf, event, subjectType, subjectId, householdId, detail, null, null);
    }

    public static AuditEvent of(UUID accountId, String event) {
        return new AuditEvent(accountId, null, event, null, null, null, null);
    }

    /** The same access, about one member of the household. */
    public AuditEvent about(UUID member) {
        return new AuditEvent(accountId, onBehalfOf, event, subjectType, subjectId, householdId, detail, member, basis);
    }

    /** The same access, with the basis that allowed it. */
    public AuditEvent on(AccessBasis accessBasis) {
        return new AuditEvent(
                accountId, onBehalfOf, event, subjectType, subjectId, householdId, detail, memberId, accessBasis);
    }
}
