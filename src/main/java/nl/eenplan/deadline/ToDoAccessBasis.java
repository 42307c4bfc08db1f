package nl.eenplan.deadline;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * What showing a person the deadlines of one household on the to-do page rests on (X-1, NEN 7513):
 * taking part in the household's team; for a manager or contact point outside the team, owning a step
 * of each escalation whose term is shown ({@code escalation:<id>}, read from the deadline's key
 * {@code escalation:<id>:<step>}).
 */
@Component
class ToDoAccessBasis {

    private static final Pattern ESCALATION_KEY = Pattern.compile("escalation:([0-9a-fA-F-]{36})(:.*)?");

    private final Team team;

    ToDoAccessBasis(Team team) {
        this.team = team;
    }

    AccessBasis of(UUID accountId, UUID householdId, List<Deadline> shown) {
        return team.participationOf(householdId, accountId)
                .map(p -> AccessBasis.participation(p.id()))
                .orElseGet(() -> escalationSteps(shown));
    }

    /** The escalations whose step terms are shown; EenPlan's own listing ({@code system}) when none. */
    static AccessBasis escalationSteps(List<Deadline> shown) {
        var grounds = shown.stream()
                .map(d -> ESCALATION_KEY.matcher(d.key()))
                .filter(m -> m.matches())
                .map(m -> AccessBasis.escalationStep(UUID.fromString(m.group(1))))
                .toList();
        return grounds.isEmpty() ? AccessBasis.system() : AccessBasis.together(grounds);
    }
}
