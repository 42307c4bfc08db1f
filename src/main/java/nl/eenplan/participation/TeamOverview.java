package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.household.Member;

/**
 * The team around a household as one viewer may see it (H-2, X-5): network members see who coordinates,
 * how to reach them, and themselves; copy recipients and professionals without consent see no phone
 * numbers or e-mail addresses; only those who may record parental authority see the members' dates and
 * authority, and only of the children whose authority they record (C-1). {@code expected} are the
 * participants who are an expected (unborn) child: they neither act nor receive a copy.
 */
public record TeamOverview(
        HouseholdSummary household,
        List<Participant> participants,
        Map<UUID, String> organisationNames,
        List<Member> members,
        LocalDate today,
        Set<UUID> expected,
        Set<UUID> authorityChildren,
        boolean showsContact,
        List<Participant> invitees) {

    public String organisationOf(Participant participant) {
        return participant.organisationId() == null ? null : organisationNames.get(participant.organisationId());
    }

    /** PL-9: the household and every active professional always receive a copy; H-3 covers the rest. */
    public boolean alwaysReceivesCopy(Participant participant) {
        return alwaysReceivesCopyOf(participant);
    }

    /** The children whose parental authority this viewer records (C-1). */
    public List<Member> minors() {
        return members.stream()
                .filter(m -> !m.adultOn(today))
                .filter(m -> authorityChildren.contains(m.id()))
                .toList();
    }

    /** H-1: an expected child is in the household but takes no part and gets no copy. */
    public boolean expected(Participant participant) {
        return expected.contains(participant.id());
    }

    /** H-3: those for whom the household chooses whether they receive a copy; never an expected child. */
    public List<Participant> copyChoices() {
        return participants.stream().filter(p -> !expected(p)).toList();
    }

    public List<Member> adults() {
        return members.stream().filter(m -> m.adultOn(today)).toList();
    }

    /** Participants without an account yet whom one may invite to log in (RoleEligibility, H-2). */
    public List<Participant> invitable() {
        return invitees;
    }

    static boolean alwaysReceivesCopyOf(Participant participant) {
        return participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER
                || (participant.kind() == ParticipantKind.PROFESSIONAL && participant.active());
    }
}
