package nl.eenplan.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503), and which do not. */
class DatabaseUnavailableTests {

    @Test
    void aMissingOrBrokenConnectionAnywhereInTheCausesIsUnavailability() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.causedBy(
                        new CannotCreateTransactionException("Could not open JDBC Connection", timeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new ServletException(new CannotGetJdbcConnectionException("x"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("I/O error")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("closed", "08003"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01")))
                .isTrue();
    }

    @Test
    void aRollbackThatFailsOnTheBrokenConnectionIsUnavailability() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(
                new DataAccessResourceFailureException("terminated", new SQLException("terminating", "57P01")));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                        new TransactionSystemException("rollback failed", new SQLException("syntax", "42601"))))
                .isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new ServletException("no cause")))
                .isFalse();
    }
}
