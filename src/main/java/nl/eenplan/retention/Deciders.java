package nl.eenplan.retention;

import java.util.Optional;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * who decides a request for earlier destruction: the household's coordinator, who knows the
 * care, the organisations that gave it and the interests of the other members, which the law asks to
 * weigh (Jeugdwet 7.3.9: keeping may be of considerable importance to someone else). See docs/adr/0022.
 */
@Component
class Deciders {

    private final Coordinations coordinations;
    private final Team team;

    Deciders(Coordinations coordinations, Team team) {
        this.coordinations = coordinations;
        this.team = team;
    }

    /** What this person's decision rests on: coordinating; refused for anyone else. */
    AccessBasis basis(UUID householdId, UUID accountId) {
        return basisIfAny(householdId, accountId)
                .orElseThrow(() -> new DestructionRefused("retention.decide.notEntitled"));
    }

    /** The coordinating basis of this person, empty when he does not coordinate the household. */
    Optional<AccessBasis> basisIfAny(UUID householdId, UUID accountId) {
        var coordinator = coordinations.of(householdId).coordinatorId();
        return team.find(coordinator == null ? new UUID(0, 0) : coordinator)
                .filter(p -> accountId.equals(p.accountId()))
                .map(p -> AccessBasis.participation(p.id()));
    }
}
