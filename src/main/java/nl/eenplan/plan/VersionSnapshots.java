package nl.eenplan.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * PL-9: freezes a plan into a version as the participants saw it, with the sections of every {@link
 * PlanPart}, and shows a version to a viewer.
 */
@Component
class VersionSnapshots {

    private final Team team;
    private final Coordinations coordinations;
    private final HouseholdRegister households;
    private final List<PlanPart> parts;

    VersionSnapshots(Team team, Coordinations coordinations, HouseholdRegister households, List<PlanPart> parts) {
        this.team = team;
        this.coordinations = coordinations;
        this.households = households;
        this.parts = List.copyOf(parts);
    }

    /** The parts of the plan beyond tab 1 and the goals, in the order of the tabs. */
    List<PlanPart> parts() {
        return parts.stream()
                .sorted(java.util.Comparator.comparing(PlanPart::tab).thenComparing(PlanPart::key))
                .toList();
    }

    PlanSnapshot take(Plan plan, int number, Instant now, Participant establishedBy, List<String> agreedBy) {
        var participants = team.of(plan.householdId());
        Map<UUID, Participant> byId =
                participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        var coordination = coordinations.of(plan.householdId());
        Function<UUID, String> name =
                id -> id == null || !byId.containsKey(id) ? null : byId.get(id).name();
        return new PlanSnapshot(
                number,
                now,
                householdName(plan.householdId()),
                plan.arrangement() == null ? null : plan.arrangement().name(),
                plan.arrangementOther(),
                plan.firstAgreements(),
                plan.familyGroupPlan(),
                name.apply(coordination.coordinatorId()),
                coordination.form() == null
                        ? null
                        : coordination.form().name() + (coordination.complex() ? "_COMPLEX" : ""),
                name.apply(coordination.processCoordinatorId()),
                participants.stream()
                        .map(p -> new PlanSnapshot.Person(
                                p.name(), p.relation(), p.kind().name(), p.active()))
                        .toList(),
                plan.goals().stream()
                        .map(g -> new PlanSnapshot.GoalLine(
                                g.title(),
                                g.status().name(),
                                g.actions().stream()
                                        .map(a -> new PlanSnapshot.ActionLine(
                                                a.what(),
                                                a.participantIds().stream()
                                                        .map(name)
                                                        .sorted()
                                                        .collect(Collectors.joining(", ")),
                                                a.startDate(),
                                                a.targetDate(),
                                                a.evaluationDate(),
                                                a.participantIds().stream()
                                                        .sorted()
                                                        .toList()))
                                        .toList()))
                        .toList(),
                establishedBy.name(),
                agreedBy,
                frozenParts(plan));
    }

    /**
     * The parts of the plan as they are now, beyond tab 1 (which the reader shows in its own words), as this
     * viewer may see them: what a version would freeze, shown as on the version page.
     */
    Map<String, List<FrozenSection>> currentParts(Plan plan, Viewer viewer) {
        var shown = new LinkedHashMap<String, List<FrozenSection>>();
        parts().stream()
                .filter(part -> part.tab() != PlanTab.SITUATION)
                .forEach(part -> shown.put(part.key(), part.asSeenBy(viewer, part.freeze(plan))));
        return shown;
    }

    private Map<String, List<FrozenSection>> frozenParts(Plan plan) {
        var frozen = new LinkedHashMap<String, List<FrozenSection>>();
        parts().forEach(part -> frozen.put(part.key(), part.freeze(plan)));
        return frozen;
    }

    private String householdName(UUID householdId) {
        return households.find(householdId).map(HouseholdSummary::name).orElseThrow(PlanNotFound::new);
    }

    /**
     * a network member sees a version as he sees the live plan: the goals he has an action in, with
     * only his own actions, found by his participant id (never by name: two people may share one).
     */
    PlanSnapshot asSeenBy(Viewer viewer, PlanSnapshot s) {
        var shownParts = new LinkedHashMap<String, List<FrozenSection>>();
        for (var part : parts()) {
            var frozen = s.parts().get(part.key());
            if (frozen != null) {
                shownParts.put(part.key(), part.asSeenBy(viewer, frozen));
            }
        }
        if (viewer.scope() != Viewer.Scope.APPROACH) {
            return new PlanSnapshot(
                    s.number(),
                    s.establishedAt(),
                    s.household(),
                    s.arrangement(),
                    s.arrangementOther(),
                    s.firstAgreements(),
                    s.familyGroupPlan(),
                    s.coordinator(),
                    s.coordinationForm(),
                    s.processCoordinator(),
                    s.participants(),
                    s.goals(),
                    s.establishedBy(),
                    s.agreedBy(),
                    shownParts);
        }
        var me = viewer.participant().id();
        var goals = s.goals().stream()
                .map(g -> new PlanSnapshot.GoalLine(
                        g.title(),
                        g.status(),
                        g.actions().stream()
                                .filter(a -> a.whoIds() != null && a.whoIds().contains(me))
                                .toList()))
                .filter(g -> !g.actions().isEmpty())
                .toList();
        return new PlanSnapshot(
                s.number(),
                s.establishedAt(),
                s.household(),
                null,
                null,
                "",
                s.familyGroupPlan(),
                s.coordinator(),
                s.coordinationForm(),
                s.processCoordinator(),
                List.of(),
                goals,
                s.establishedBy(),
                s.agreedBy(),
                shownParts);
    }
}
