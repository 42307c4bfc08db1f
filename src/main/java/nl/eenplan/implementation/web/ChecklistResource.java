package nl.eenplan.implementation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.eenplan.implementation.Checklist;
import nl.eenplan.implementation.ChecklistItem;

/**
 * IMP-3: a checklist through the API, with its progress and, in full, its items. The items are the
 * domain's {@link ChecklistItem} as they are (each with its version, for If-Match when it is changed).
 */
record ChecklistResource(
        UUID id,
        UUID organisationId,
        String name,
        UUID templateId,
        int templateVersion,
        Instant startedAt,
        int done,
        int total,
        List<ChecklistItem> items) {

    static ChecklistResource of(Checklist c, boolean withItems) {
        var progress = c.progress();
        return new ChecklistResource(
                c.id(),
                c.organisationId(),
                c.name(),
                c.templateId(),
                c.templateVersion(),
                c.startedAt(),
                progress.done(),
                progress.total(),
                withItems ? c.items() : null);
    }
}
