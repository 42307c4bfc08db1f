package nl.eenplan.meeting.web;

import java.util.ArrayList;
import java.util.List;

/** M-4: the agenda as the chair keeps it: the items so far (empty ones are removed) and one new item. */
record AgendaForm(Integer version, List<String> items, String newItem) {

    AgendaForm {
        items = items == null ? List.of() : List.copyOf(items);
    }

    List<String> all() {
        var all = new ArrayList<>(items);
        if (newItem != null) {
            all.add(newItem);
        }
        return all;
    }
}
