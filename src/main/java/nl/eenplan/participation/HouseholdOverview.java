package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.household.Member;

/**
 * The household's members and their history as one viewer may see them (H-1, X-6): everyone of the
 * household and the professionals who see the plan; {@code mayMaintain} says whether he changes them.
 * {@code recorders} names the accounts that made the changes in the history.
 */
public record HouseholdOverview(
        HouseholdSummary household,
        List<Member> members,
        Map<UUID, Integer> versions,
        List<HouseholdHistoryLine> history,
        boolean mayMaintain,
        LocalDate today) {

    public int versionOf(Member member) {
        return versions.getOrDefault(member.id(), 0);
    }

    public List<Member> expected() {
        return members.stream().filter(Member::unborn).toList();
    }

    public boolean adult(Member member) {
        return member.adultOn(today);
    }
}
