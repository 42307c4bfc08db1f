package nl.eenplan.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.Goal;

/**
 * One round table as a viewer may see it. Network members get only their own invitation and no
 * minutes, attendance or decisions; {@code openGoals} are filled only for whoever records
 * decisions, {@code chooseCoordinator} tells that the coordinator is still to be chosen here (M-2).
 */
public record RoundTableDetail(
        String household,
        RoundTable roundTable,
        RoundTableRoles roles,
        List<Participant> team,
        List<Participant> leaders,
        List<Participant> invitable,
        List<Invitee> invitees,
        Invitee myInvitation,
        List<String> agenda,
        Set<UUID> attendance,
        List<Decision> decisions,
        boolean chooseCoordinator,
        int coordinationVersion,
        List<Goal> openGoals) {

    public String nameOf(UUID participantId) {
        return team.stream()
                .filter(p -> p.id().equals(participantId))
                .map(Participant::name)
                .findFirst()
                .orElse("");
    }

    public boolean isInvited(UUID participantId) {
        return invitees.stream().anyMatch(i -> i.participantId().equals(participantId));
    }

    public List<Participant> active() {
        return team.stream().filter(Participant::active).toList();
    }

    /** The minutes as paragraphs, as the minute taker separated them by blank lines or line breaks. */
    public List<String> minutesParagraphs() {
        var minutes = roundTable.minutes();
        return minutes == null || minutes.isBlank()
                ? List.of()
                : Arrays.stream(minutes.split("\\R+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public long answered() {
        return invitees.stream().filter(Invitee::answered).count();
    }
}
