package nl.eenplan.consent;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * C-1, X-1: about which household members a viewer of the consent pages reads the consent file (age
 * band, parental authority, every consent with its purpose, decisions to share and signals). The
 * household reads all of it; so do the case and process coordinator, who arrange consent with the
 * household, and, before a coordinator is chosen (M-2), the professional who took the case up (the first
 * professional in the team), so that consent can be asked at all.
 * Another professional reads it only about the members whose information is shared with him that day by
 * a consent or a decision to share; about the others he sees their names and who must consent, which is
 * what he needs to ask for consent (docs/privacy.md).
 */
@Component
class ConsentDisclosure {

    private final Coordinations coordinations;
    private final Team team;

    ConsentDisclosure(Coordinations coordinations, Team team) {
        this.coordinations = coordinations;
        this.team = team;
    }

    /** The members about whom this viewer reads the whole consent file; all members: {@code null}. */
    Set<UUID> coveredMembers(UUID householdId, Viewer viewer) {
        if (!viewer.professional()) {
            return null;
        }
        var coordination = coordinations.of(householdId);
        var me = viewer.participant().id();
        var tookTheCaseUp = !coordination.hasCoordinator()
                && team.caseTakerOf(householdId).map(me::equals).orElse(false);
        if (tookTheCaseUp
                || me.equals(coordination.coordinatorId())
                || me.equals(coordination.processCoordinatorId())) {
            return null;
        }
        return viewer.sharedAbout().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
