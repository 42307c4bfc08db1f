package nl.eenplan.retention;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.plan.CareEnds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * destroys the files whose twenty years after care ended are over. Each household is destroyed in
 * a transaction of its own, so a run that stops halfway leaves whole files, destroyed or not, and the
 * next run goes on with the rest; a household whose care started again (a new plan) is passed over.
 */
@Service
public class Retention {

    /** At most this many files per run; the next run takes the rest. */
    static final int PER_RUN = 100;

    private final CareEnds careEnds;
    private final HouseholdDestruction destruction;
    private final TransactionTemplate transactions;

    Retention(CareEnds careEnds, HouseholdDestruction destruction, TransactionTemplate transactions) {
        this.careEnds = careEnds;
        this.destruction = destruction;
        this.transactions = transactions;
    }

    /** Destroys the files due at {@code now}; answers how many. */
    public int sweep(Instant now) {
        var today = now.atZone(DutchTime.ZONE).toLocalDate();
        // Care that ended on or before this day has had its twenty years by today.
        var before = RetentionPolicy.endedNoLaterThan(today)
                .plusDays(1)
                .atStartOfDay(DutchTime.ZONE)
                .toInstant();
        return destroyDue(careEnds.endedBefore(before, PER_RUN), now);
    }

    /** Destroys those of these households whose files are due at {@code now}; answers how many. */
    public int sweep(Collection<UUID> households, Instant now) {
        return destroyDue(households, now);
    }

    private int destroyDue(Collection<UUID> households, Instant now) {
        var today = now.atZone(DutchTime.ZONE).toLocalDate();
        var destroyed = 0;
        for (UUID household : households) {
            var done = transactions.execute(status -> careEnds.endedOn(household)
                    .filter(ended -> RetentionPolicy.due(ended, today))
                    .map(ended -> destruction.destroy(
                            household, DestructionBasis.RETENTION_ENDED, ended, null, null, null, now))
                    .isPresent());
            destroyed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return destroyed;
    }
}
