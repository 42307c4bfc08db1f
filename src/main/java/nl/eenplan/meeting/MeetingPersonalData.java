package nl.eenplan.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Round tables in a member's personal-data copy: those of his household he was invited to, with
 * when and where, the agenda, his answer (and the replacement he named) and whether he was there.
 * Minutes and decisions only when he was invited as a household member, who sees them in EenPlan
 * too; a member invited as network member sees neither there, so neither here.
 */
@Component
class MeetingPersonalData implements PersonalDataSource {

    private final Meetings meetings;
    private final Invitations invitations;
    private final Team team;

    MeetingPersonalData(Meetings meetings, Invitations invitations, Team team) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.team = team;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var participations = participationsOf(householdId, memberId);
        var roundTables = new ArrayList<Map<String, Object>>();
        for (var roundTable : meetings.ofHousehold(householdId).reversed()) {
            invitations.of(roundTable.id()).stream()
                    .filter(i -> participations.containsKey(i.participantId()))
                    .forEach(invitee -> roundTables.add(roundTable(
                            roundTable,
                            invitee,
                            participations.get(invitee.participantId()) == ParticipantKind.HOUSEHOLD_MEMBER)));
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("roundTables", roundTables);
        return new PersonalDataSection("meeting", data);
    }

    private Map<String, Object> roundTable(RoundTable roundTable, Invitee invitee, boolean householdMember) {
        var schedule = roundTable.schedule();
        var result = fields(
                "status", roundTable.status().name(),
                "initiatedOn", roundTable.initiatedOn(),
                "date", schedule == null ? null : schedule.date(),
                "startTime", schedule == null ? null : schedule.start(),
                "endTime", schedule == null ? null : schedule.end(),
                "place", schedule == null ? null : schedule.place(),
                "remote", schedule != null && schedule.remote(),
                "agenda", meetings.agenda(roundTable.id()),
                "invitedAt", invitee.invitedAt(),
                "answer", invitee.answer() == null ? null : invitee.answer().name(),
                "answeredAt", invitee.answeredAt(),
                "replacementName", invitee.replacementName(),
                "replacementEmail", invitee.replacementEmail(),
                "heldOn", roundTable.heldOn(),
                "present",
                        roundTable.heldOn() != null
                                && meetings.attendance(roundTable.id()).contains(invitee.participantId()));
        if (householdMember) {
            result.put("minutes", roundTable.minutes());
            result.put(
                    "decisions",
                    meetings.decisions(roundTable.id()).stream()
                            .map(d -> fields("kind", d.kind().name(), "text", d.text(), "recordedAt", d.recordedAt()))
                            .toList());
        }
        return result;
    }

    /** His participations in the team and their kind, also those that ended: the copy is complete. */
    private Map<UUID, ParticipantKind> participationsOf(UUID householdId, UUID memberId) {
        var result = new LinkedHashMap<UUID, ParticipantKind>();
        team.everyParticipationIn(householdId).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .forEach(p -> result.put(p.id(), p.kind()));
        return result;
    }

    /** A map in the order given, which may hold nulls (Map.of may not). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
