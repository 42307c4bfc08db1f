package nl.eenplan.audit;

import nl.eenplan.identity.AccountActivity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Logs what is done with accounts, roles and organisations: password changes and resets,
 * second factors, and administrators' searches, looks and changes. Written in the transaction that
 * did it, so a change that rolls back leaves no entry.
 */
@Component
class AccountActivityAudit {

    private final AuditLog log;

    AccountActivityAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AccountActivity activity) {
        var event = new AuditEvent(
                activity.actorId(),
                null,
                activity.event(),
                activity.subjectType(),
                activity.subjectId() == null ? null : SecurityEventsAudit.attemptedName(activity.subjectId()),
                null,
                activity.detail() == null ? null : SecurityEventsAudit.attemptedName(activity.detail()));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            log.record(event);
        } else {
            log.recordAlone(event);
        }
    }
}
