package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** PL-9: an established version, frozen as the participants saw it (names, not ids). */
public record PlanSnapshot(
        int number,
        Instant establishedAt,
        String household,
        String arrangement,
        String arrangementOther,
        String firstAgreements,
        boolean familyGroupPlan,
        String coordinator,
        String coordinationForm,
        String processCoordinator,
        List<Person> participants,
        List<GoalLine> goals) {

    public record Person(String name, String relation, String kind, boolean active) {}

    public record GoalLine(String title, String status, List<ActionLine> actions) {}

    public record ActionLine(String what, String who, LocalDate start, LocalDate target, LocalDate evaluation) {}
}
