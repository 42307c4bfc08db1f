package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.Member;

/**
 * H-1, H-3: who keeps the household and the team's copy choices up to date. The household's members
 * are kept by whoever may change the plan, a household member only when adult: a child does not
 * register his siblings. Which of the network and non-active professionals receive a copy (and who is
 * copy-only) the household decides (H-3): an adult member of it, or the coordinator who records its
 * decision (before one is chosen, the professional who took the case up, M-2); another professional
 * does not. Parental authority has its own rule,
 * {@link ParentalAuthorityRecording}.
 */
record HouseholdMaintenance(
        TeamViewer viewer, CoordinationState coordination, UUID caseTaker, List<Member> members, LocalDate today) {

    /** Whether this viewer adds members, records a birth, a move or a correction. */
    boolean mayMaintain() {
        var participant = viewer.participant();
        if (!participant.active() || !viewer.mayEdit()) {
            return false;
        }
        return participant.kind() != ParticipantKind.HOUSEHOLD_MEMBER || adultMember();
    }

    /** H-3: whether this viewer decides for the household who receives a copy, and who is copy-only. */
    boolean decidesCopies() {
        var participant = viewer.participant();
        if (!participant.active() || !viewer.mayEdit()) {
            return false;
        }
        return coordination.coordinatedBy(participant)
                || (!coordination.hasCoordinator() && participant.id().equals(caseTaker))
                || (participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER && adultMember());
    }

    private boolean adultMember() {
        var memberId = viewer.participant().memberId();
        return members.stream().anyMatch(m -> m.id().equals(memberId) && m.adultOn(today));
    }
}
