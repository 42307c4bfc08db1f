package nl.eenplan.implementation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * IMP-3: a checklist of one municipality or organisation, started from a template (its version then);
 * the items were copied at the start.
 */
public record Checklist(
        UUID id,
        UUID templateId,
        int templateVersion,
        UUID organisationId,
        String name,
        Instant startedAt,
        List<ChecklistItem> items) {

    public ChecklistProgress progress() {
        return ChecklistProgress.of(items);
    }
}
