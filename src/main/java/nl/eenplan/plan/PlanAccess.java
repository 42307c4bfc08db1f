package nl.eenplan.plan;

import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see a household's plan: only its participants,
 * each as their role allows. Everyone else is told the plan does not exist.
 */
@Component
public class PlanAccess {

    private final Team team;

    PlanAccess(Team team) {
        this.team = team;
    }

    public Viewer viewer(UUID householdId, AccountPrincipal person) {
        var participant = team.participationOf(householdId, person.id()).orElseThrow(PlanNotFound::new);
        if (!participant.active()) {
            return new Viewer(person.id(), participant, Viewer.Scope.COPY);
        }
        var scope = participant.kind() == ParticipantKind.NETWORK ? Viewer.Scope.APPROACH : Viewer.Scope.FULL;
        return new Viewer(person.id(), participant, scope);
    }
}
