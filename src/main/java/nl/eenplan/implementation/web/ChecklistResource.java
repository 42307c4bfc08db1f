package nl.eenplan.implementation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.implementation.Checklist;
import nl.eenplan.implementation.ChecklistItem;
import nl.eenplan.implementation.ChecklistStatus;

/** IMP-3: a checklist through the API, with its progress and, in full, its items (each with its version). */
record ChecklistResource(
        UUID id,
        UUID organisationId,
        String name,
        UUID templateId,
        int templateVersion,
        Instant startedAt,
        int done,
        int total,
        List<Item> items) {

    /** One item; its version goes in If-Match when it is changed. */
    record Item(
            UUID id,
            int position,
            String section,
            String text,
            String action,
            String responsible,
            LocalDate plannedOn,
            ChecklistStatus status,
            int version) {

        static Item of(ChecklistItem i) {
            return new Item(
                    i.id(),
                    i.position(),
                    i.section(),
                    i.text(),
                    i.action(),
                    i.responsible(),
                    i.plannedOn(),
                    i.status(),
                    i.version());
        }
    }

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
                withItems ? c.items().stream().map(Item::of).toList() : null);
    }
}
