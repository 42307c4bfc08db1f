package nl.eenplan.monitoring;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * MON-1: with {@code eenplan.monitoring.rebuild=true} (environment {@code EENPLAN_MONITORING_REBUILD=true})
 * EenPlan rebuilds monitoring's read model from scratch once it started, and logs how long it took.
 */
@Component
@ConditionalOnProperty(name = "eenplan.monitoring.rebuild", havingValue = "true")
class MonitoringRebuildAtStart implements ApplicationRunner {

    private final MonitoringRebuild rebuild;

    MonitoringRebuildAtStart(MonitoringRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        rebuild.rebuild();
    }
}
