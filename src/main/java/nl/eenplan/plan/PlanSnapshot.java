package nl.eenplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PL-9: an established version, frozen as the participants saw it (names, and who acts by id), with who
 * established it and who agreed to it (null in versions established before that was kept), and the
 * sections each {@link PlanPart} froze, by its key (empty in versions established before parts were kept).
 */
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
        List<GoalLine> goals,
        String establishedBy,
        List<String> agreedBy,
        Map<String, List<FrozenSection>> parts) {

    public PlanSnapshot {
        parts = parts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
    }

    public record Person(String name, String relation, String kind, boolean active) {}

    public record GoalLine(String title, String status, List<ActionLine> actions) {}

    /**
     * One action as frozen: {@code who} the names, {@code whoIds} the participants, by which a network
     * member finds his own actions; null in versions established before ids were kept.
     */
    public record ActionLine(
            String what, String who, LocalDate start, LocalDate target, LocalDate evaluation, List<UUID> whoIds) {}
}
