package nl.eenplan.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import com.github.kagkarlsson.scheduler.boot.config.startup.ContextReadyStart;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders run as one recurring db-scheduler task, {@value #TASK}, kept in PostgreSQL: however
 * many EenPlan nodes share the database, one of them runs each sweep, and a restart continues where
 * the last run left off (see docs/adr/0013). {@code eenplan.reminders.interval} sets the time between
 * two sweeps (default five minutes).
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

    static final String TASK = "deadline-reminders";

    @Bean
    RecurringTask<Void> deadlineReminders(
            Reminders reminders, Clock clock, @Value("${eenplan.reminders.interval:PT5M}") Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) -> reminders.sweep(clock.instant()));
    }

    /**
     * Starts the scheduler once the application context is complete, rather than while it is still
     * being built; the starter's {@code Scheduler} bean stops it, waiting for a running sweep, when
     * the application shuts down.
     */
    @Bean
    DbSchedulerStarter dbSchedulerStarter(Scheduler scheduler) {
        return new ContextReadyStart(scheduler);
    }
}
