package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.eenplan.home.FieldRules;

/** IMP-3: what a keeper records about an item: the action, who is responsible, the planned date, the status. */
public record ChecklistItemChange(String action, String responsible, LocalDate plannedOn, ChecklistStatus status) {

    public ChecklistItemChange {
        action = action == null ? "" : action.strip();
        responsible = responsible == null ? "" : responsible.strip();
    }

    /** The fields that break a rule, with their message keys; empty when all is well. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (action.length() > FieldRules.TEXT || !FieldRules.isText(action, true)) {
            problems.put("action", "implementation.item.action.invalid");
        }
        if (responsible.length() > FieldRules.NAME || !FieldRules.isText(responsible, false)) {
            problems.put("responsible", "implementation.item.responsible.invalid");
        }
        if (plannedOn != null && (plannedOn.isBefore(FieldRules.EARLIEST) || plannedOn.isAfter(FieldRules.LATEST))) {
            problems.put("plannedOn", "implementation.item.plannedOn.invalid");
        }
        if (status == null) {
            problems.put("status", "implementation.item.status.required");
        }
        return problems;
    }
}
