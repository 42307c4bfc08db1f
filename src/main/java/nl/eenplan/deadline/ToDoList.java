package nl.eenplan.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-do list of one person: the open deadlines of every module (PL-10, G-2, M-3, C-3, E-3, E-4)
 * in one list, overdue first, then soonest. Logs each household it shows.
 */
@Service
public class ToDoList {

    private final Deadlines deadlines;
    private final ToDoAccessBasis basis;
    private final AuditLog audit;
    private final Clock clock;

    ToDoList(Deadlines deadlines, ToDoAccessBasis basis, AuditLog audit, Clock clock) {
        this.deadlines = deadlines;
        this.basis = basis;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What is on the list on one day.
     *
     * @param deadlines overdue first, then soonest
     */
    public record ToDo(LocalDate today, List<Deadline> deadlines) {

        public ToDo {
            Objects.requireNonNull(today, "today");
            deadlines = List.copyOf(deadlines);
        }

        public boolean isEmpty() {
            return deadlines.isEmpty();
        }

        /** The deadlines under their headings, in the order of {@link ToDoGroup}; empty groups left out. */
        public Map<ToDoGroup, List<Deadline>> grouped() {
            return deadlines.stream()
                    .collect(Collectors.groupingBy(
                            d -> ToDoGroup.of(d.due(), today),
                            () -> new EnumMap<>(ToDoGroup.class),
                            Collectors.toList()));
        }
    }

    /** The list of the person logged in, on today's date in the Netherlands. */
    @Transactional
    public ToDo of(AccountPrincipal person) {
        return of(person.id(), DutchTime.today(clock));
    }

    /** The list of this account on this day. */
    @Transactional
    public ToDo of(UUID accountId, LocalDate today) {
        var open = deadlines.openOf(accountId, today);
        open.stream()
                .map(Deadline::householdId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(household -> audit.record(new AuditEvent(
                                accountId, null, "DEADLINES_LISTED", "household", household.toString(), household, null)
                        .on(basis.of(
                                accountId,
                                household,
                                open.stream()
                                        .filter(d -> household.equals(d.householdId()))
                                        .toList()))));
        return new ToDo(today, open);
    }
}
