package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.eenplan.plan.VersionComparison.Change;
import nl.eenplan.plan.VersionComparison.Line;
import nl.eenplan.plan.VersionComparison.Section;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VersionComparisonTests {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final PlanSnapshot.Person MOTHER =
            new PlanSnapshot.Person("Sanne", "moeder", "HOUSEHOLD_MEMBER", true);
    private static final PlanSnapshot.Person HANNA =
            new PlanSnapshot.Person("Hanna", "Jeugdzorg", "PROFESSIONAL", true);
    private static final PlanSnapshot.ActionLine ALARM = new PlanSnapshot.ActionLine(
            "Wekker zetten", "Sanne", START, START.plusWeeks(4), START.plusWeeks(6), List.of());

    @Test
    @DisplayName("PL-9: identical versions have every section, and nothing marked")
    void identicalVersionsShowNoChange() {
        var version = version(1, "Per e-mail", List.of(goal("Naar school", "OPEN", ALARM)), MOTHER, HANNA);

        var comparison =
                new VersionComparison(version, version(2, "Per e-mail", version.goals(), MOTHER, HANNA), k -> k);

        assertThat(comparison.anyChange()).isFalse();
        assertThat(comparison.sections())
                .extracting(Section::heading)
                .containsExactly(
                        "plan.compare.section.tab1",
                        "plan.compare.section.coordination",
                        "plan.compare.section.participants",
                        "plan.compare.section.goal: Naar school");
    }

    @Test
    @DisplayName("PL-9: a changed line, a new goal and a participant who left are each marked")
    void changesAreMarkedLineByLine() {
        var before = version(1, "Per e-mail", List.of(goal("Naar school", "OPEN", ALARM)), MOTHER, HANNA);
        var after = version(
                2,
                "Overleg op school",
                List.of(goal("Naar school", "REACHED", ALARM), goal("Schulden op een rij", "OPEN")),
                MOTHER);

        var sections = new VersionComparison(before, after, k -> k).sections();

        assertThat(line(sections, "plan.compare.section.tab1", "plan.compare.firstAgreements"))
                .isEqualTo(new Line("plan.compare.firstAgreements", "Per e-mail", "Overleg op school"));
        assertThat(line(sections, "plan.compare.section.tab1", "plan.compare.firstAgreements")
                        .change())
                .isEqualTo(Change.CHANGED);
        assertThat(line(sections, "plan.compare.section.participants", "Hanna").change())
                .isEqualTo(Change.REMOVED);
        assertThat(line(sections, "plan.compare.section.participants", "Sanne").changed())
                .isFalse();
        assertThat(line(sections, "plan.compare.section.goal: Naar school", "plan.compare.goalStatus"))
                .isEqualTo(new Line(
                        "plan.compare.goalStatus", "plan.page.goalStatus.OPEN", "plan.page.goalStatus.REACHED"));
        assertThat(line(sections, "plan.compare.section.goal: Schulden op een rij", "plan.compare.goalStatus")
                        .change())
                .isEqualTo(Change.ADDED);
    }

    @Test
    @DisplayName("PL-9: an action is matched by what it says; a new date shows as a change of that action")
    void anActionWithANewDateIsChanged() {
        var later = new PlanSnapshot.ActionLine(
                "Wekker zetten", "Sanne", START, START.plusWeeks(8), START.plusWeeks(9), List.of());
        var before = version(1, "", List.of(goal("Naar school", "OPEN", ALARM)), MOTHER);
        var after = version(2, "", List.of(goal("Naar school", "OPEN", later)), MOTHER);

        var action = line(
                new VersionComparison(before, after, k -> k).sections(),
                "plan.compare.section.goal: Naar school",
                "plan.compare.action");

        assertThat(action.change()).isEqualTo(Change.CHANGED);
        assertThat(action.left()).contains("Wekker zetten", "29 december 2026");
        assertThat(action.right()).contains("Wekker zetten", "26 januari 2027");
    }

    @Test
    @DisplayName("X-5: a version without tab 1 and participants (as a network member sees it) leaves those out")
    void emptySectionsAreLeftOut() {
        var approach = new PlanSnapshot(
                1,
                Instant.EPOCH,
                "Gezin",
                null,
                null,
                "",
                false,
                "Hanna",
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null);

        var sections = new VersionComparison(approach, approach, k -> k).sections();

        assertThat(sections)
                .extracting(Section::heading)
                .containsExactly("plan.compare.section.tab1", "plan.compare.section.coordination");
        assertThat(sections.getFirst().lines()).extracting(Line::label).containsExactly("plan.compare.familyGroupPlan");
    }

    private static Line line(List<Section> sections, String heading, String label) {
        return sections.stream()
                .filter(s -> s.heading().equals(heading))
                .flatMap(s -> s.lines().stream())
                .filter(l -> l.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label + " in " + heading + ": " + sections));
    }

    private static PlanSnapshot.GoalLine goal(String title, String status, PlanSnapshot.ActionLine... actions) {
        return new PlanSnapshot.GoalLine(title, status, List.of(actions));
    }

    private static PlanSnapshot version(
            int number, String agreements, List<PlanSnapshot.GoalLine> goals, PlanSnapshot.Person... people) {
        return new PlanSnapshot(
                number,
                Instant.EPOCH,
                "Gezin",
                "EMAIL",
                null,
                agreements,
                false,
                "Hanna",
                "CASE_COORDINATION",
                null,
                List.of(people),
                goals,
                "Hanna",
                List.of("Hanna (regisseur)"),
                Map.of());
    }

    @Test
    @DisplayName("PL-9, PL-3: the sections a part of the plan froze are compared by heading, their lines by label")
    void partsAreCompared() {
        var provision = new FrozenSection(
                FrozenText.message("plan.tab.PROVISIONS"),
                List.of(
                        new FrozenSection.Line(FrozenText.plain("Begeleiding"), FrozenText.plain("4 uur per week")),
                        new FrozenSection.Line(FrozenText.plain("Vervoer"), FrozenText.plain("taxi"))));
        var changed = new FrozenSection(
                FrozenText.message("plan.tab.PROVISIONS"),
                List.of(
                        new FrozenSection.Line(FrozenText.plain("Begeleiding"), FrozenText.plain("6 uur per week")),
                        new FrozenSection.Line(FrozenText.plain("Dagbesteding"), FrozenText.message("x.days", "3"))));
        var before = withParts(version(1, "", List.of()), Map.of("provisions", List.of(provision)));
        var after = withParts(version(2, "", List.of()), Map.of("provisions", List.of(changed)));

        var sections = new VersionComparison(before, after, k -> k.equals("x.days") ? "{0} dagen" : k).sections();

        assertThat(line(sections, "plan.tab.PROVISIONS", "Begeleiding").change())
                .isEqualTo(Change.CHANGED);
        assertThat(line(sections, "plan.tab.PROVISIONS", "Vervoer").change()).isEqualTo(Change.REMOVED);
        var added = line(sections, "plan.tab.PROVISIONS", "Dagbesteding");
        assertThat(added.change()).isEqualTo(Change.ADDED);
        assertThat(added.right()).isEqualTo("3 dagen");
    }

    private static PlanSnapshot withParts(PlanSnapshot s, Map<String, List<FrozenSection>> parts) {
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
                parts);
    }
}
