package nl.eenplan.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * PL-1, PL-10: what tab 1 says beyond coordination and the first agreements, frozen into every version so
 * that versions, their comparison and the PDF copy show it: the situation, the help question, the foster
 * parents and closed youth care. Like the rest of tab 1 in a version, a network member does not see it.
 */
@Component
class SituationPart implements PlanPart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Team team;

    SituationPart(Team team) {
        this.team = team;
    }

    @Override
    public String key() {
        return "situation";
    }

    @Override
    public PlanTab tab() {
        return PlanTab.SITUATION;
    }

    @Override
    public List<FrozenSection> freeze(Plan plan) {
        var situation = plan.situation();
        var lines = new ArrayList<FrozenSection.Line>();
        lines.add(line("plan.situation.description", FrozenText.plain(situation.description())));
        lines.add(line("plan.situation.helpQuestion", FrozenText.plain(situation.helpQuestion())));
        var fosterParents = team.of(plan.householdId()).stream()
                .filter(p -> situation.fosterParent(p.id()))
                .map(Participant::name)
                .sorted()
                .toList();
        lines.add(line(
                "plan.situation.fosterParents",
                fosterParents.isEmpty()
                        ? FrozenText.message("plan.situation.fosterParents.none")
                        : FrozenText.plain(String.join(", ", fosterParents))));
        lines.add(line(
                "plan.situation.closedYouthCare",
                situation.closedYouthCare()
                        ? FrozenText.message(
                                "plan.situation.closedYouthCare.since",
                                situation.closedYouthCareOn().format(DAY))
                        : FrozenText.message("plan.compare.no")));
        return List.of(new FrozenSection(FrozenText.message("plan.situation.title"), lines));
    }

    /** as the rest of tab 1 in a version: not for a network member, who sees his own actions. */
    @Override
    public List<FrozenSection> asSeenBy(Viewer viewer, List<FrozenSection> frozen) {
        return viewer.scope() == Viewer.Scope.APPROACH ? List.of() : frozen;
    }

    private static FrozenSection.Line line(String labelKey, FrozenText value) {
        return new FrozenSection.Line(FrozenText.message(labelKey), value);
    }
}
