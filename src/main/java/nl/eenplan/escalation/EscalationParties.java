package nl.eenplan.escalation;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import org.springframework.stereotype.Component;

/**
 * The one place that finds out who a person is to a household's escalations (E-1..E-5, X-1). C-1: a
 * professional of the team with whom the plan may not be shared counts as outside the team here: he
 * sees an escalation only as the owner of one of its steps, as a manager or as a contact point.
 */
@Component
public class EscalationParties {

    private final Team team;
    private final Coordinations coordinations;
    private final StaffRoster roster;
    private final PlanAccess access;
    private final Clock clock;

    EscalationParties(Team team, Coordinations coordinations, StaffRoster roster, PlanAccess access, Clock clock) {
        this.team = team;
        this.coordinations = coordinations;
        this.roster = roster;
        this.access = access;
        this.clock = clock;
    }

    /** The person as a party to this household's escalations. */
    public EscalationVisitor visitor(UUID householdId, UUID accountId) {
        var participant = access.find(householdId, accountId)
                .filter(viewer -> !viewer.professional() || viewer.seesPlan())
                .map(Viewer::participant)
                .orElse(null);
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
