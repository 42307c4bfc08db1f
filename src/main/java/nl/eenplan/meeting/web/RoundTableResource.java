package nl.eenplan.meeting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.eenplan.meeting.Answer;
import nl.eenplan.meeting.DecisionKind;
import nl.eenplan.meeting.Invitee;
import nl.eenplan.meeting.RoundTable;
import nl.eenplan.meeting.RoundTableDetail;
import nl.eenplan.meeting.RoundTableOverview;
import nl.eenplan.meeting.RoundTableRoles;
import nl.eenplan.meeting.RoundTableStatus;
import nl.eenplan.participation.Participant;

/**
 * One round table in the API, as its page shows it to this viewer and nothing more: a network
 * member gets date, place, agenda and his own answer; the answers of others, who was there, the
 * minutes and the decisions only who sees the whole plan. What an organiser or minute taker needs to
 * choose from (who can be invited, who can chair, the open goals) only for them. Members that do not
 * apply to the viewer are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RoundTableResource(
        UUID id,
        int version,
        String household,
        RoundTableStatus status,
        LocalDate initiatedOn,
        Window window,
        boolean outsideWindow,
        Meeting meeting,
        Person chair,
        Person minuteTaker,
        LocalDate heldOn,
        Boolean heldWithinWindow,
        int sequence,
        List<String> agenda,
        Roles roles,
        MyAnswer myAnswer,
        List<InviteeView> invitees,
        String minutes,
        List<Person> present,
        List<DecisionView> decisions,
        List<Invitable> invitable,
        List<Person> leaders,
        List<GoalView> openGoals,
        Boolean chooseCoordinator,
        Integer coordinationVersion) {

    /** M-3: the 5 to 15 working days after the initiative. */
    record Window(LocalDate earliest, LocalDate latest) {}

    /** When and where (Dutch time); {@code place} is left out when it is only by phone or video. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meeting(LocalDate date, LocalTime start, LocalTime end, String place, boolean remote) {}

    /** A participant by id and name. */
    record Person(UUID id, String name) {}

    /** What this viewer may do with the round table (M-2, M-4). */
    record Roles(boolean mayOrganise, boolean mayEditAgenda, boolean mayRecord, boolean mayAnswer) {}

    /** M-4: the viewer's own answer to his invitation; {@code answer} is left out until he answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MyAnswer(Answer answer, String replacementName, String replacementEmail) {}

    /** M-4: someone invited and their answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InviteeView(
            UUID participantId, String name, Answer answer, String replacementName, String replacementEmail) {}

    /** M-4: a decision and what it became in the plan. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionView(UUID id, DecisionKind kind, String text, UUID goalId, UUID actionId, Instant recordedAt) {}

    /** M-1: a participant with an address the invitation can go to, and whether he was invited already. */
    record Invitable(UUID id, String name, String relation, boolean invited) {}

    /** An open goal of the plan a decision can add an action to. */
    record GoalView(UUID id, String title) {}

    static RoundTableResource of(RoundTableDetail detail) {
        var rt = detail.roundTable();
        var roles = detail.roles();
        var full = roles.seesMinutes();
        return new RoundTableResource(
                rt.id(),
                rt.version(),
                detail.household(),
                rt.status(),
                rt.initiatedOn(),
                new Window(rt.window().earliest(), rt.window().latest()),
                rt.outsideWindow(),
                meetingOf(rt),
                person(rt.chairId(), detail.nameOf(rt.chairId())),
                person(rt.minuteTakerId(), detail.nameOf(rt.minuteTakerId())),
                rt.heldOn(),
                rt.heldOn() == null ? null : rt.heldWithinWindow(),
                rt.sequence(),
                detail.agenda(),
                roles(roles),
                myAnswer(detail.myInvitation()),
                full ? detail.invitees().stream().map(i -> invitee(i, detail)).toList() : null,
                full ? rt.minutes() : null,
                full
                        ? detail.active().stream()
                                .filter(p -> detail.attendance().contains(p.id()))
                                .map(RoundTableResource::person)
                                .toList()
                        : null,
                full
                        ? detail.decisions().stream()
                                .map(d -> new DecisionView(
                                        d.id(), d.kind(), d.text(), d.goalId(), d.actionId(), d.recordedAt()))
                                .toList()
                        : null,
                roles.mayOrganise()
                        ? detail.invitable().stream()
                                .map(p -> new Invitable(p.id(), p.name(), p.relation(), detail.isInvited(p.id())))
                                .toList()
                        : null,
                roles.mayOrganise()
                        ? detail.leaders().stream()
                                .map(RoundTableResource::person)
                                .toList()
                        : null,
                roles.mayRecord()
                        ? detail.openGoals().stream()
                                .map(g -> new GoalView(g.id(), g.title()))
                                .toList()
                        : null,
                roles.mayRecord() ? detail.chooseCoordinator() : null,
                roles.mayRecord() ? detail.coordinationVersion() : null);
    }

    /** One round table in the list of a household; the initiator's name only when the viewer sees it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(
            UUID id,
            int version,
            RoundTableStatus status,
            LocalDate initiatedOn,
            Window window,
            boolean outsideWindow,
            Meeting meeting,
            LocalDate heldOn,
            String initiator) {

        static Summary of(RoundTable rt, RoundTableOverview overview) {
            var initiator = overview.nameOf(rt.initiatorId());
            return new Summary(
                    rt.id(),
                    rt.version(),
                    rt.status(),
                    rt.initiatedOn(),
                    new Window(rt.window().earliest(), rt.window().latest()),
                    rt.outsideWindow(),
                    meetingOf(rt),
                    rt.heldOn(),
                    initiator.isBlank() ? null : initiator);
        }
    }

    private static Meeting meetingOf(RoundTable rt) {
        var s = rt.schedule();
        return s == null ? null : new Meeting(s.date(), s.start(), s.end(), s.place(), s.remote());
    }

    private static Person person(UUID id, String name) {
        return id == null ? null : new Person(id, name);
    }

    private static Person person(Participant participant) {
        return new Person(participant.id(), participant.name());
    }

    private static Roles roles(RoundTableRoles roles) {
        return new Roles(roles.mayOrganise(), roles.mayEditAgenda(), roles.mayRecord(), roles.mayAnswer());
    }

    private static MyAnswer myAnswer(Invitee mine) {
        return mine == null ? null : new MyAnswer(mine.answer(), mine.replacementName(), mine.replacementEmail());
    }

    private static InviteeView invitee(Invitee invitee, RoundTableDetail detail) {
        return new InviteeView(
                invitee.participantId(),
                detail.nameOf(invitee.participantId()),
                invitee.answer(),
                invitee.replacementName(),
                invitee.replacementEmail());
    }
}
