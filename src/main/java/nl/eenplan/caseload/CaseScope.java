package nl.eenplan.caseload;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which households a member of staff may find, apart from those in whose team he takes part: the
 * municipalities his access teams are responsible for (municipality → access team), and the households he
 * oversees through open escalations (household → those escalations). Of the households in whose team he
 * takes part, those whose plan consent does not show him ({@code withoutConsent}, C-1): he finds them by
 * their name and members' names only, never by a date of birth or a postcode (docs/privacy.md).
 */
record CaseScope(
        UUID accountId, Map<UUID, UUID> accessTeams, Map<UUID, List<UUID>> overseen, Set<UUID> withoutConsent) {

    CaseScope {
        accessTeams = Map.copyOf(accessTeams);
        overseen = Map.copyOf(overseen);
        withoutConsent = Set.copyOf(withoutConsent);
    }

    boolean inAccessTeam() {
        return !accessTeams.isEmpty();
    }
}
