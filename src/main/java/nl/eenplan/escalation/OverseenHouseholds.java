package nl.eenplan.escalation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-2..E-4: the households a manager or municipal contact point oversees through an open escalation,
 * by the same rule as their overview of escalations ({@link EscalationReading#overview}): escalations of
 * their organisations' coordinators and professionals, of households in their municipalities, and those
 * in which they own a step. Nothing is logged here: the caller logs what it shows.
 */
@Service
public class OverseenHouseholds {

    private final EscalationParties parties;
    private final Escalations escalations;

    OverseenHouseholds(EscalationParties parties, Escalations escalations) {
        this.parties = parties;
        this.escalations = escalations;
    }

    /** Household → its open escalations this person oversees, in order of starting; empty for most people. */
    @Transactional(readOnly = true)
    public Map<UUID, List<UUID>> of(UUID accountId) {
        var visitor = parties.overseer(accountId);
        var result = new LinkedHashMap<UUID, List<UUID>>();
        escalations
                .overseenBy(accountId, List.copyOf(visitor.managerOf()), List.copyOf(visitor.contactPointIn()), 0)
                .stream()
                .filter(Escalation::open)
                .forEach(e -> result.computeIfAbsent(e.householdId(), h -> new ArrayList<UUID>())
                        .add(e.id()));
        result.replaceAll((household, ids) -> List.copyOf(ids));
        return result;
    }
}
