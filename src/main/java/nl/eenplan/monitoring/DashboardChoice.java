package nl.eenplan.monitoring;

import java.util.UUID;

/**
 * MON-1: the dashboard asked for, as a page's chooser ({@code municipality:<id>}) or the API's parameters
 * name it; {@link DashboardAccess#resolve} finds it among those the person may see.
 */
public record DashboardChoice(DashboardScope.Kind kind, UUID id) {

    /** From the chooser's value; an unreadable value is a dashboard not found. */
    public static DashboardChoice parse(String key) {
        if (key == null || !key.contains(":")) {
            throw new DashboardNotFound();
        }
        return of(key.substring(0, key.indexOf(':')), key.substring(key.indexOf(':') + 1));
    }

    /** From the name of a kind ({@code municipality}, {@code region}, {@code organisation}) and an id. */
    public static DashboardChoice of(String kind, String id) {
        try {
            return new DashboardChoice(
                    DashboardScope.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DashboardNotFound();
        }
    }
}
