package nl.eenplan.participation;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.Members;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-1: records who has parental authority (gezag) over a minor member, on which consent for him rests.
 * Who may: {@link ParentalAuthorityRecording}; anyone else is refused (403) and nothing changes. Every
 * recording is logged in the same transaction; a change is in the household's history (H-1).
 */
@Service
public class ParentalAuthorities {

    private final HouseholdRegister households;
    private final Coordinations coordinations;
    private final TeamWork teamWork;
    private final Members history;

    ParentalAuthorities(HouseholdRegister households, Coordinations coordinations, TeamWork teamWork, Members history) {
        this.households = households;
        this.coordinations = coordinations;
        this.teamWork = teamWork;
        this.history = history;
    }

    /** Records exactly these adult members as holding authority over the child. */
    @Transactional
    public void record(UUID householdId, TeamViewer viewer, UUID childId, Set<UUID> holderIds) {
        TeamWork.ownHousehold(householdId, viewer);
        var members = households.members(householdId);
        var today = teamWork.today();
        var child = members.stream()
                .filter(m -> m.id().equals(childId))
                .filter(m -> !m.adultOn(today))
                .findFirst()
                .orElseThrow(TeamNotFound::new);
        if (!teamWork.authorityRecording(householdId, viewer, coordinations.of(householdId), members, today)
                .mayRecordFor(childId)) {
            throw new AccessDeniedException("parental authority is recorded by the household or the coordinator");
        }
        var adults =
                members.stream().filter(m -> m.adultOn(today)).map(Member::id).collect(Collectors.toSet());
        if (!adults.containsAll(holderIds)) {
            throw new TeamRefused("team.authority.onlyAdults");
        }
        var revoked = new HashSet<>(child.authorityHolderIds());
        revoked.removeAll(holderIds);
        revoked.forEach(holder -> households.revokeParentalAuthority(childId, holder));
        holderIds.forEach(holder -> households.grantParentalAuthority(childId, holder));
        if (!revoked.isEmpty() || !child.authorityHolderIds().containsAll(holderIds)) {
            history.authorityChanged(householdId, child, viewer.accountId());
        }
        teamWork.changed(householdId);
        teamWork.log(viewer, "PARENTAL_AUTHORITY_RECORDED", householdId, childId.toString());
    }
}
