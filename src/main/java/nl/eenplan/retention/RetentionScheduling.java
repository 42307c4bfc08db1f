package nl.eenplan.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.time.Clock;
import java.time.LocalTime;
import nl.eenplan.calendar.DutchTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * the destruction of files past their retention runs every night as one recurring db-scheduler
 * task, {@value #TASK}, kept in PostgreSQL: however many EenPlan nodes share the database, one of them
 * runs it (see docs/adr/0013 and 0022).
 */
@Configuration(proxyBeanMethods = false)
class RetentionScheduling {

    static final String TASK = "retention-destruction";

    @Bean
    RecurringTask<Void> retentionDestruction(Retention retention, Clock clock) {
        return Tasks.recurring(TASK, new Daily(DutchTime.ZONE, LocalTime.of(2, 30)))
                .execute((instance, context) -> retention.sweep(clock.instant()));
    }
}
