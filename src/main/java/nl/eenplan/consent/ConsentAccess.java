package nl.eenplan.consent;

import java.util.UUID;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and record consents: household members and the
 * active professionals of the household's team. Network members, copy-only recipients and everyone
 * else are told the page does not exist.
 */
@Component
public class ConsentAccess {

    private final Team team;

    ConsentAccess(Team team) {
        this.team = team;
    }

    public ConsentViewer viewer(UUID householdId, UUID accountId) {
        var participant = team.participationOf(householdId, accountId).orElseThrow(ConsentNotFound::new);
        var allowed = switch (participant.kind()) {
            case HOUSEHOLD_MEMBER -> true;
            case PROFESSIONAL -> participant.active();
            case NETWORK -> false;
        };
        if (!allowed) {
            throw new ConsentNotFound();
        }
        return new ConsentViewer(accountId, participant);
    }

    /** Only professionals record consents, sharing without consent and signals. */
    public ConsentViewer professional(UUID householdId, UUID accountId) {
        var viewer = viewer(householdId, accountId);
        if (!viewer.professional()) {
            throw new ConsentNotFound();
        }
        return viewer;
    }
}
