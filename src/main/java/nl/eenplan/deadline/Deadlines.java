package nl.eenplan.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Every {@link DeadlineSource} of EenPlan asked as one. */
@Component
class Deadlines {

    /** Overdue first, then the soonest; deadlines of one day in a fixed order. */
    static final Comparator<Deadline> SOONEST_FIRST = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::kind)
            .thenComparing(Deadline::household, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Deadline::what)
            .thenComparing(Deadline::key);

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

    private final List<DeadlineSource> sources;

    Deadlines(List<DeadlineSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The open deadlines of this person from all sources, overdue first, then soonest. */
    List<Deadline> openOf(UUID accountId, LocalDate today) {
        return sources.stream()
                .flatMap(source -> source.openDeadlinesOf(accountId, today).stream())
                .sorted(SOONEST_FIRST)
                .toList();
    }

    Set<UUID> accountsUntil(LocalDate day) {
        return accounts(source -> source.accountsWithDeadlinesUntil(day));
    }

    Set<UUID> accountsBetween(LocalDate from, LocalDate until) {
        return accounts(source -> source.accountsWithDeadlinesBetween(from, until));
    }

    /** One failing source leaves the reminders of the others to go out; it is logged and asked again next sweep. */
    private Set<UUID> accounts(Function<DeadlineSource, List<UUID>> ask) {
        var accounts = new LinkedHashSet<UUID>();
        for (var source : sources) {
            try {
                accounts.addAll(ask.apply(source));
            } catch (RuntimeException e) {
                log.error(
                        "Deadline source {} failed; its people are left out of this sweep",
                        ClassUtils.getUserClass(source).getName(),
                        e);
            }
        }
        return accounts;
    }
}
