package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-1..E-4: the term of the current step is a deadline for its owner(s) until they record its
 * outcome: at step 3 first the managers' meeting, at step 4 the contact point's record, then the
 * commitment. It leads to the escalation page.
 */
@Component
class EscalationDeadlines implements DeadlineSource {

    private final Escalations escalations;
    private final EscalationListings listings;

    EscalationDeadlines(Escalations escalations, EscalationListings listings) {
        this.escalations = escalations;
        this.listings = listings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> openDeadlinesOf(UUID accountId, LocalDate today) {
        return listings.of(escalations.awaitingOutcomeFrom(accountId)).stream()
                .map(listing -> {
                    var e = listing.escalation();
                    var step = e.current();
                    return new Deadline(
                            "escalation:" + e.id() + ":" + step.number(),
                            DeadlineKind.ESCALATION_STEP,
                            step.nextDue(),
                            e.actionWhat(),
                            e.householdId(),
                            listing.household(),
                            "/households/" + e.householdId() + "/escalations/" + e.id());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> accountsWithDeadlinesUntil(LocalDate day) {
        return escalations.ownersWithTermsUntil(day);
    }
}
