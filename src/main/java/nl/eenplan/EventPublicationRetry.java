package nl.eenplan;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again, while the node keeps running, every event publication whose listener failed or
 * never finished: the recurring db-scheduler task {@value #TASK} (one node per run, docs/adr/0013)
 * resubmits each publication in Spring Modulith's registry that is still incomplete and was last
 * published or resubmitted longer than {@code eenplan.events.retry-age} ago (default ten minutes,
 * so a listener still at work is left alone), every {@code eenplan.events.retry-interval} (default
 * five minutes). Without it a failed publication would only be delivered again at the next restart
 * (docs/adr/0005). It logs how many it resubmitted, never what they carry, and never throws: a run
 * that fails is logged and the next one tries again.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetry {

    static final String TASK = "event-publication-retry";

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationRetry.class);

    @Bean
    RecurringTask<Void> eventPublicationRetryTask(
            IncompleteEventPublications publications,
            Clock clock,
            @Value("${eenplan.events.retry-age:PT10M}") Duration age,
            @Value("${eenplan.events.retry-interval:PT5M}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) ->
                        resubmit(publications, clock.instant().minus(age)));
    }

    /**
     * Resubmits the incomplete publications last published or resubmitted before {@code before}, and
     * answers how many; never throws.
     */
    static int resubmit(IncompleteEventPublications publications, Instant before) {
        var resubmitted = new AtomicInteger();
        try {
            publications.resubmitIncompletePublications(publication -> {
                boolean due = lastAttempt(publication).isBefore(before);
                if (due) {
                    resubmitted.incrementAndGet();
                }
                return due;
            });
            if (resubmitted.get() > 0) {
                LOG.info("Resubmitted {} event publication(s) that had not completed", resubmitted.get());
            }
        } catch (RuntimeException failure) {
            LOG.warn(
                    "Resubmitting event publications failed after {}; the next run tries again: {}",
                    resubmitted.get(),
                    failure.getClass().getSimpleName());
        }
        return resubmitted.get();
    }

    private static Instant lastAttempt(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null && resubmitted.isAfter(publication.getPublicationDate())
                ? resubmitted
                : publication.getPublicationDate();
    }
}
