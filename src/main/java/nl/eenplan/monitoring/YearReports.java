package nl.eenplan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-1, MON-2: assembles a municipality's yearly evaluation report for those who may see its dashboard:
 * the year's figures, the year before, and the findings.
 */
@Service
public class YearReports {

    private final Evaluations evaluations;
    private final Dashboards dashboards;
    private final Clock clock;

    YearReports(Evaluations evaluations, Dashboards dashboards, Clock clock) {
        this.evaluations = evaluations;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    /** The report of this municipality and year; {@link DashboardNotFound} for whoever may not see it. */
    @Transactional(readOnly = true)
    public YearReport of(UUID accountId, UUID municipalityId, int year) {
        var scope = evaluations.scope(accountId, municipalityId, year);
        return new YearReport(
                scope,
                year,
                LocalDate.now(clock.withZone(Period.DUTCH)),
                dashboards.of(scope, YearReport.period(year)),
                dashboards.of(scope, YearReport.period(year - 1)),
                evaluations.of(accountId, municipalityId, year));
    }
}
