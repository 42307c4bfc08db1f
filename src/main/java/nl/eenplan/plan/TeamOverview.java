package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.household.Member;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;

/**
 * The team around a household as one viewer may see it (H-2, X-5): network members, copy recipients
 * and professionals without consent see no phone numbers or e-mail addresses; only those who may
 * record parental authority see the members' dates and authority (C-1).
 */
public record TeamOverview(
        HouseholdSummary household,
        List<Participant> participants,
        Map<UUID, String> organisationNames,
        List<Member> members,
        LocalDate today) {

    /** Age at which a member is an adult for parental authority (C-1). */
    static final int ADULT = 18;

    public String organisationOf(Participant participant) {
        return participant.organisationId() == null ? null : organisationNames.get(participant.organisationId());
    }

    /** PL-9: the household and every active professional always receive a copy; H-3 covers the rest. */
    public boolean alwaysReceivesCopy(Participant participant) {
        return alwaysReceivesCopyOf(participant);
    }

    public List<Member> minors() {
        return members.stream().filter(m -> m.ageOn(today) < ADULT).toList();
    }

    public List<Member> adults() {
        return members.stream().filter(m -> m.ageOn(today) >= ADULT).toList();
    }

    /** Participants without an account yet, whom one can invite to log in. */
    public List<Participant> invitable() {
        return participants.stream().filter(p -> p.accountId() == null).toList();
    }

    static boolean alwaysReceivesCopyOf(Participant participant) {
        return participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER
                || (participant.kind() == ParticipantKind.PROFESSIONAL && participant.active());
    }
}
