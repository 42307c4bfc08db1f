package nl.eenplan.meeting;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One transition of a round table: the round table after it, the events it causes, and the parts
 * it rewrites besides the round table itself ({@code null}: unchanged): the agenda, who was there,
 * a decision recorded and by whom.
 */
public record RoundTableChange(
        RoundTable roundTable,
        List<RoundTableEvent> events,
        List<String> agenda,
        Set<UUID> present,
        Decision decision,
        UUID decidedBy) {

    public RoundTableChange {
        Objects.requireNonNull(roundTable, "roundTable");
        events = List.copyOf(events);
        agenda = agenda == null ? null : List.copyOf(agenda);
        present = present == null ? null : Set.copyOf(present);
    }

    static RoundTableChange of(RoundTable roundTable, RoundTableEvent event) {
        return new RoundTableChange(roundTable, List.of(event), null, null, null, null);
    }

    RoundTableChange withAgenda(List<String> items) {
        return new RoundTableChange(roundTable, events, items, present, decision, decidedBy);
    }
}
