package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.Member;

/**
 * C-1: who records parental authority (gezag), on which consent for a minor rests. The household: an
 * adult member who holds authority over the child, or any adult member while none is recorded for it;
 * and the coordinator (case or process). Before a coordinator is chosen (M-2: at the first round
 * table), the professional who took the case up ({@code caseTaker}, the first professional in the team),
 * so that consent for a minor can be asked at all. Nobody else: another professional (with or without
 * consent), the network, a child.
 */
record ParentalAuthorityRecording(
        TeamViewer viewer, CoordinationState coordination, UUID caseTaker, List<Member> members, LocalDate today) {

    /** Whether this viewer records authority over some minor of the household (the form is shown). */
    boolean mayRecordAny() {
        return members.stream().filter(this::minor).anyMatch(child -> mayRecordFor(child.id()));
    }

    /** Whether this viewer records who holds authority over this child. */
    boolean mayRecordFor(UUID childId) {
        var participant = viewer.participant();
        if (!participant.active()) {
            return false;
        }
        if (coordination.coordinatedBy(participant)) {
            return true;
        }
        return switch (participant.kind()) {
            case HOUSEHOLD_MEMBER -> householdMayRecord(participant.memberId(), childId);
            case PROFESSIONAL ->
                !coordination.hasCoordinator() && participant.id().equals(caseTaker);
            case NETWORK -> false;
        };
    }

    private boolean householdMayRecord(UUID memberId, UUID childId) {
        var me = member(memberId);
        var child = member(childId);
        if (me == null || child == null || !me.adultOn(today)) {
            return false;
        }
        var holders = child.authorityHolderIds();
        return holders.isEmpty() || holders.contains(memberId);
    }

    private boolean minor(Member member) {
        return !member.adultOn(today);
    }

    private Member member(UUID id) {
        return id == null
                ? null
                : members.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }
}
