package nl.eenplan.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.meeting.InvitationMails.Occasion;
import nl.eenplan.meeting.InvitationMails.Recipient;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.PlanNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting participants to a round table and their answers (M-1, M-4). Each invitee gets a mail
 * with the iCalendar invitation and a link to answer in EenPlan: attend, decline, or send a
 * replacement. Every invitation and answer is logged.
 */
@Service
public class RoundTableInvitations {

    private final Meetings meetings;
    private final Invitations invitations;
    private final RoundTableAccess access;
    private final InvitationMails mails;
    private final Clock clock;

    RoundTableInvitations(
            Meetings meetings, Invitations invitations, RoundTableAccess access, InvitationMails mails, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.access = access;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * M-1: invites the household and all or some of the team, each at their address; the round table
     * must be planned first. Someone invited before gets the invitation again.
     */
    @Transactional
    public void invite(UUID householdId, UUID id, Viewer viewer, int expectedVersion, Set<UUID> participantIds) {
        var roundTable = access.organised(householdId, id, viewer);
        meetings.save(roundTable.invite(participantIds), expectedVersion);
        var invitable = access.invitable(householdId);
        var recipients = new ArrayList<Recipient>();
        for (var participantId : participantIds) {
            var participant = invitable.stream()
                    .filter(p -> p.id().equals(participantId))
                    .findFirst()
                    .orElseThrow(() -> new RoundTableRefused("meeting.invite.noAddress", "participantIds"));
            var email = access.addressOf(participant).orElseThrow();
            invitations.invite(id, participantId, email, clock.instant());
            recipients.add(new Recipient(participant.name(), email));
        }
        mails.send(
                Occasion.INVITATION,
                roundTable,
                roundTable.schedule(),
                roundTable.sequence(),
                viewer.participant().name(),
                recipients);
        access.log(viewer, "ROUND_TABLE_INVITED", householdId, id, participantIds.size() + " invited");
    }

    /**
     * M-4: the invitee's own answer. {@code sequence} is the invitation the answer is about: when the
     * meeting changed since, the answer is refused ({@link RoundTableChangedMeanwhile}). A replacement
     * he names gets the invitation; one he no longer sends is released.
     */
    @Transactional
    public void answer(UUID householdId, UUID id, Viewer viewer, int sequence, Reply reply) {
        var roundTable = access.visible(householdId, id, viewer);
        var me = viewer.participant().id();
        var before = invitations.of(id).stream()
                .filter(i -> i.participantId().equals(me))
                .findFirst()
                .orElseThrow(PlanNotFound::new);
        roundTable.requireAnswerableAt(sequence);
        invitations.answer(id, me, reply, viewer.accountId(), clock.instant());
        var organiser = access.team(householdId).stream()
                .filter(p -> p.id().equals(roundTable.initiatorId()))
                .map(Participant::name)
                .findFirst()
                .orElse(viewer.participant().name());
        mails.replacementAnswered(roundTable, before, reply, viewer.participant(), organiser);
        access.log(
                viewer, "ROUND_TABLE_ANSWERED", householdId, id, reply.answer().name());
    }
}
