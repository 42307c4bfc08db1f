package nl.eenplan.plan;

import java.util.List;
import java.util.Optional;
import nl.eenplan.home.NextStep;
import nl.eenplan.home.NextStepSource;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * A household member of exactly one household goes straight to her plan: that is what she comes for.
 * The plan page logs its own read; this only looks at where she takes part.
 */
@Component
class PlanStartPage implements NextStepSource {

    private final Team team;

    PlanStartPage(Team team) {
        this.team = team;
    }

    @Override
    public List<NextStep> nextStepsFor(AccountPrincipal person) {
        return List.of();
    }

    @Override
    public Optional<String> startPageFor(AccountPrincipal person) {
        if (person.kind() != AccountKind.CITIZEN) {
            return Optional.empty();
        }
        var households = team.participationsOf(person.id()).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .map(Participant::householdId)
                .distinct()
                .toList();
        return households.size() == 1
                ? Optional.of("/households/" + households.getFirst() + "/plan")
                : Optional.empty();
    }
}
