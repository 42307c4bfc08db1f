package nl.eenplan.monitoring;

import java.util.List;
import java.util.UUID;

/** IMP-1, MON-1: a region as an administrator keeps it: its name, version and municipalities (ids). */
public record Region(UUID id, String name, int version, List<UUID> municipalities) {

    public Region {
        municipalities = List.copyOf(municipalities);
    }
}
