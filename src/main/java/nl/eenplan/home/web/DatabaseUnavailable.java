package nl.eenplan.home.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database cannot be reached (it is down, restarting, or the
 * connection broke), as opposed to a fault in the request or in EenPlan. Looks through the whole
 * chain of causes, since Spring wraps the driver's exception, e.g. in a
 * {@code CannotCreateTransactionException} or a {@code ServletException}.
 */
final class DatabaseUnavailable {

    /**
     * PostgreSQL's SQLSTATEs for a lost or refused connection: class 08 (connection exception), and
     * 57P01..57P03 (administrator or crash shutdown, cannot connect now).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A broken connection often fails the rollback too; the failure that caused it is kept aside.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
