package nl.eenplan.monitoring;

import java.util.List;

/** MON-1, MON-2: the figures of one scope over one period, suppressed where small; no personal data. */
public record Dashboard(DashboardScope scope, Period period, List<FigureTable> tables) {

    public Dashboard {
        tables = List.copyOf(tables);
    }
}
