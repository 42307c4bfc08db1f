package nl.eenplan.plan.lifearea;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.plan.Plan;

/**
 * PL-4: tab 4 as one viewer may see it (C-2): the life areas (empty when {@code seesAreas} is false), the
 * assessments he may see, the oldest first, and the life areas each goal addresses.
 */
public record Tab4(
        Plan plan,
        boolean seesAreas,
        List<LifeAreaNote> notes,
        List<Assessment> assessments,
        Map<UUID, Set<LifeArea>> goalAreas) {

    public Tab4 {
        notes = List.copyOf(notes);
        assessments = List.copyOf(assessments);
        goalAreas = Map.copyOf(goalAreas);
    }

    /** PL-4: the life areas with concerns that no open goal addresses. */
    public List<LifeArea> concernsWithoutGoal() {
        var addressed = plan.goals().stream()
                .filter(g -> g.open())
                .flatMap(g -> goalAreas.getOrDefault(g.id(), Set.of()).stream())
                .collect(java.util.stream.Collectors.toSet());
        return notes.stream()
                .filter(LifeAreaNote::hasConcerns)
                .map(LifeAreaNote::area)
                .filter(area -> !addressed.contains(area))
                .toList();
    }

    /** The life areas a goal addresses. */
    public Set<LifeArea> areasOf(UUID goalId) {
        return goalAreas.getOrDefault(goalId, Set.of());
    }
}
