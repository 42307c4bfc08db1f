package nl.eenplan.implementation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.eenplan.implementation.ChecklistItem;
import nl.eenplan.implementation.ChecklistItemChange;
import nl.eenplan.implementation.ChecklistStatus;

/** IMP-3: an item's action, responsible person, planned date and status as typed, and its version. */
record ChecklistItemForm(String action, String responsible, String plannedOn, String status, String version) {

    static ChecklistItemForm of(ChecklistItem item) {
        return new ChecklistItemForm(
                item.action(),
                item.responsible(),
                item.plannedOn() == null ? "" : item.plannedOn().toString(),
                item.status().name(),
                Integer.toString(item.version()));
    }

    /** Whether a date was typed that is no date. */
    boolean badDate() {
        return plannedOn != null && !plannedOn.isBlank() && date() == null;
    }

    ChecklistItemChange change() {
        return new ChecklistItemChange(action, responsible, date(), statusOrNull());
    }

    int seenVersion() {
        return FormVersions.parse(version);
    }

    private LocalDate date() {
        if (plannedOn == null || plannedOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(plannedOn.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private ChecklistStatus statusOrNull() {
        for (var s : ChecklistStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }
}
