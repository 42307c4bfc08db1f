package nl.eenplan.implementation.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.implementation.ChecklistItemChange;
import nl.eenplan.implementation.ChecklistStatus;

/** IMP-3: the bodies of the checklist and template API's changes. */
final class ChecklistRequests {

    private ChecklistRequests() {}

    /** {@code POST .../implementation-checklists}: the template to start from. */
    record Start(UUID templateId) {}

    /** {@code PUT .../items/{itemId}}: an item's action, responsible person, planned date and status. */
    record ItemChange(String action, String responsible, LocalDate plannedOn, ChecklistStatus status) {

        ChecklistItemChange change() {
            return new ChecklistItemChange(action, responsible, plannedOn, status);
        }
    }

    /** A template item: its section, its text and (when changed) its place, counted from 1. */
    record TemplateItem(String section, String text, Integer position) {}
}
