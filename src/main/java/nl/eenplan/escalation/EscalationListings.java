package nl.eenplan.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import org.springframework.stereotype.Component;

/** Escalations on a list, each with the name of its household, read through the household register. */
@Component
class EscalationListings {

    private final HouseholdRegister households;

    EscalationListings(HouseholdRegister households) {
        this.households = households;
    }

    List<EscalationListing> of(List<Escalation> escalations) {
        var names = new HashMap<UUID, String>();
        return escalations.stream()
                .map(e -> new EscalationListing(
                        e,
                        names.computeIfAbsent(
                                e.householdId(),
                                id -> households
                                        .find(id)
                                        .map(HouseholdSummary::name)
                                        .orElse(null))))
                .toList();
    }
}
