package nl.eenplan.caseload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which households a member of staff may find, apart from those in whose team he takes part: the
 * municipalities his access teams are responsible for (municipality → access team), and the households he
 * oversees through open escalations (household → those escalations).
 */
record CaseScope(UUID accountId, Map<UUID, UUID> accessTeams, Map<UUID, List<UUID>> overseen) {

    CaseScope {
        accessTeams = Map.copyOf(accessTeams);
        overseen = Map.copyOf(overseen);
    }

    boolean inAccessTeam() {
        return !accessTeams.isEmpty();
    }
}
