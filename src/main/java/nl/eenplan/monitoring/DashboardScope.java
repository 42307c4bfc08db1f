package nl.eenplan.monitoring;

import java.util.List;
import java.util.UUID;

/**
 * MON-1: what a dashboard covers: one municipality, the municipalities of a region, or the households
 * an organisation coordinates. {@code municipalities} are the municipalities counted (empty for an
 * organisation).
 */
public record DashboardScope(Kind kind, UUID id, String name, List<UUID> municipalities) {

    /** The three kinds of dashboard. */
    public enum Kind {
        MUNICIPALITY,
        REGION,
        ORGANISATION;

        /** The name of the query parameter that chooses this kind ({@code municipality}, ...). */
        public String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DashboardScope {
        municipalities = List.copyOf(municipalities);
    }

    /** The value of the scope chooser: {@code municipality:<id>}. */
    public String key() {
        return kind.parameter() + ":" + id;
    }
}
