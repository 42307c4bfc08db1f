package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MON-1: an event whose listener failed is delivered again by the recurring retry while the node
 * keeps running, once it is older than the safe age, and then leaves Spring Modulith's registry;
 * a younger one is left alone by the task db-scheduler runs, as its listener may still be at work.
 * The test cannot wait ten minutes, so the older case calls the task's work with a later boundary.
 */
class EventPublicationRetryTests extends EenPlanTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications publications;

    @Autowired
    FailingOnceListener listener;

    @Autowired
    Scheduler scheduler;

    @Test
    @DisplayName("MON-1: a failed event publication is resubmitted once old enough and then completes")
    void failedPublicationIsDeliveredByTheRetry() {
        var id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new FailingOnceListener.Probe(id)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo("FAILED"));
        assertThat(listener.calls(id)).isEqualTo(1);

        // The recurring task itself, run now by db-scheduler: younger than the safe age, left alone.
        var before = lastRun();
        scheduler.reschedule(TaskInstanceId.of(EventPublicationRetry.TASK, RecurringTask.INSTANCE), Instant.now());
        await().atMost(Duration.ofSeconds(60)).until(() -> !lastRun().equals(before));
        assertThat(listener.calls(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("FAILED");

        // Older than the safe age: resubmitted, and the listener now completes.
        assertThat(EventPublicationRetry.resubmit(publications, Instant.now().plusSeconds(1)))
                .isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(listener.completed(id)).isTrue();
            assertThat(rows(id)).isZero();
        });
        assertThat(listener.calls(id)).isEqualTo(2);
    }

    @Test
    @DisplayName("the retry never throws, even when the registry cannot be read")
    void retryNeverThrows() {
        IncompleteEventPublications broken = new IncompleteEventPublications() {
            @Override
            public void resubmitIncompletePublications(
                    java.util.function.Predicate<org.springframework.modulith.events.EventPublication> filter) {
                throw new IllegalStateException("database away");
            }

            @Override
            public void resubmitIncompletePublicationsOlderThan(Duration duration) {
                throw new IllegalStateException("database away");
            }

            @Override
            public void resubmitIncompletePublications(org.springframework.modulith.events.ResubmissionOptions o) {
                throw new IllegalStateException("database away");
            }
        };
        assertThat(EventPublicationRetry.resubmit(broken, Instant.now())).isZero();
    }

    /** When the recurring task last completed, as text; empty before its first run. */
    private String lastRun() {
        return jdbc.queryForObject(
                "select coalesce(max(last_success)::text, '') from scheduled_tasks where task_name = ?",
                String.class,
                EventPublicationRetry.TASK);
    }

    private String status(UUID id) {
        return jdbc
                .query(
                        "select status from event_publication where serialized_event like ?",
                        (row, n) -> row.getString(1),
                        "%" + id + "%")
                .stream()
                .findFirst()
                .orElse(null);
    }

    private int rows(UUID id) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?", Integer.class, "%" + id + "%");
    }
}
