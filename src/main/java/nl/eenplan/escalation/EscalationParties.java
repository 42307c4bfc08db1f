package nl.eenplan.escalation;

import java.util.HashSet;
import java.util.UUID;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/** The one place that finds out who a person is to a household's escalations (E-1..E-5, X-1). */
@Component
public class EscalationParties {

    private final Team team;
    private final Coordinations coordinations;
    private final StaffRoster roster;

    EscalationParties(Team team, Coordinations coordinations, StaffRoster roster) {
        this.team = team;
        this.coordinations = coordinations;
        this.roster = roster;
    }

    /** The person as a party to this household's escalations. */
    public EscalationVisitor visitor(UUID householdId, UUID accountId) {
        var participant = team.participationOf(householdId, accountId).orElse(null);
        var coordinatorId = coordinations.of(householdId).coordinatorId();
        var coordinator =
                participant != null && participant.active() && participant.id().equals(coordinatorId);
        return new EscalationVisitor(
                accountId,
                participant,
                coordinator,
                new HashSet<>(roster.organisationsOf(accountId, StaffRole.MANAGER)),
                new HashSet<>(roster.municipalitiesOf(accountId, StaffRole.MUNICIPAL_CONTACT_POINT)));
    }

    /** The person as a manager or contact point, outside any household. */
    public EscalationVisitor overseer(UUID accountId) {
        return new EscalationVisitor(
                accountId,
                null,
                false,
                new HashSet<>(roster.organisationsOf(accountId, StaffRole.MANAGER)),
                new HashSet<>(roster.municipalitiesOf(accountId, StaffRole.MUNICIPAL_CONTACT_POINT)));
    }
}
