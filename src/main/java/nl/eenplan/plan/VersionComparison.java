package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.eenplan.calendar.DutchMoments;

/**
 * PL-9: two established versions side by side, section by section (tab 1, coordination,
 * participants, each goal with its actions), every line marked when it differs. Lines are matched by
 * what they are about: a participant by name, a goal by its title, an action by what it says.
 *
 * @param text turns a message key into text in the reader's language
 */
public record VersionComparison(PlanSnapshot left, PlanSnapshot right, Function<String, String> text) {

    private static final DutchMoments DATE = DutchMoments.in(java.util.Locale.forLanguageTag("nl"));

    public enum Change {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** One line of a section; a side is null when the line is not in that version. */
    public record Line(String label, String left, String right) {

        public Change change() {
            if (Objects.equals(left, right)) {
                return Change.SAME;
            }
            if (left == null) {
                return Change.ADDED;
            }
            return right == null ? Change.REMOVED : Change.CHANGED;
        }

        public boolean changed() {
            return change() != Change.SAME;
        }
    }

    public record Section(String heading, List<Line> lines) {

        public boolean changed() {
            return lines.stream().anyMatch(Line::changed);
        }
    }

    public VersionComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(text, "text");
    }

    /** The sections that hold something in either version, in the order of the plan. */
    public List<Section> sections() {
        var sections = new ArrayList<Section>();
        sections.add(tab1());
        sections.add(coordination());
        sections.add(participants());
        sections.addAll(goals());
        sections.addAll(parts());
        return sections.stream().filter(s -> !s.lines().isEmpty()).toList();
    }

    public boolean anyChange() {
        return sections().stream().anyMatch(Section::changed);
    }

    private Section tab1() {
        var lines = new ArrayList<Line>();
        add(lines, "plan.compare.arrangement", arrangement(left), arrangement(right));
        add(
                lines,
                "plan.compare.firstAgreements",
                blankToNull(left.firstAgreements()),
                blankToNull(right.firstAgreements()));
        add(lines, "plan.compare.familyGroupPlan", yesNo(left.familyGroupPlan()), yesNo(right.familyGroupPlan()));
        return new Section(text.apply("plan.compare.section.tab1"), lines);
    }

    private Section coordination() {
        var lines = new ArrayList<Line>();
        add(lines, "plan.compare.coordinator", left.coordinator(), right.coordinator());
        add(lines, "plan.compare.coordinationForm", form(left), form(right));
        add(lines, "plan.compare.processCoordinator", left.processCoordinator(), right.processCoordinator());
        return new Section(text.apply("plan.compare.section.coordination"), lines);
    }

    private Section participants() {
        var names = new LinkedHashSet<String>();
        Stream.concat(left.participants().stream(), right.participants().stream())
                .map(PlanSnapshot.Person::name)
                .forEach(names::add);
        var lines = names.stream()
                .map(name -> new Line(name, person(left, name), person(right, name)))
                .toList();
        return new Section(text.apply("plan.compare.section.participants"), lines);
    }

    private List<Section> goals() {
        var titles = new LinkedHashSet<String>();
        Stream.concat(left.goals().stream(), right.goals().stream())
                .map(PlanSnapshot.GoalLine::title)
                .forEach(titles::add);
        return titles.stream().map(this::goal).toList();
    }

    private Section goal(String title) {
        var before = goal(left, title);
        var after = goal(right, title);
        var lines = new ArrayList<Line>();
        lines.add(new Line(
                text.apply("plan.compare.goalStatus"),
                before.map(g -> text.apply("plan.page.goalStatus." + g.status()))
                        .orElse(null),
                after.map(g -> text.apply("plan.page.goalStatus." + g.status())).orElse(null)));
        var actions = new LinkedHashSet<String>();
        Stream.concat(actionsOf(before), actionsOf(after))
                .map(PlanSnapshot.ActionLine::what)
                .forEach(actions::add);
        for (var what : actions) {
            lines.add(new Line(text.apply("plan.compare.action"), action(before, what), action(after, what)));
        }
        return new Section(text.apply("plan.compare.section.goal") + ": " + title, lines);
    }

    /** PL-3, PL-4, PL-6, PL-7: the sections the plan's parts froze, matched by heading, their lines by label. */
    private List<Section> parts() {
        var keys = new LinkedHashSet<String>();
        keys.addAll(left.parts().keySet());
        keys.addAll(right.parts().keySet());
        var sections = new ArrayList<Section>();
        for (var key : keys) {
            var before = shown(left.parts().getOrDefault(key, List.of()));
            var after = shown(right.parts().getOrDefault(key, List.of()));
            var headings = new LinkedHashSet<String>();
            headings.addAll(before.keySet());
            headings.addAll(after.keySet());
            for (var heading : headings) {
                var was = before.getOrDefault(heading, java.util.Map.of());
                var is = after.getOrDefault(heading, java.util.Map.of());
                var labels = new LinkedHashSet<String>();
                labels.addAll(was.keySet());
                labels.addAll(is.keySet());
                sections.add(new Section(
                        heading,
                        labels.stream()
                                .map(label -> new Line(label, was.get(label), is.get(label)))
                                .toList()));
            }
        }
        return sections;
    }

    /** Sections as heading → label → value, in the reader's language; a repeated label gets a number. */
    private java.util.Map<String, java.util.Map<String, String>> shown(List<FrozenSection> sections) {
        var shown = new java.util.LinkedHashMap<String, java.util.Map<String, String>>();
        for (var section : sections) {
            var lines = shown.computeIfAbsent(section.heading().in(text), h -> new java.util.LinkedHashMap<>());
            for (var line : section.lines()) {
                var label = line.label().in(text);
                var unique = label;
                for (var n = 2; lines.containsKey(unique); n++) {
                    unique = label + " (" + n + ")";
                }
                lines.put(unique, line.value().in(text));
            }
        }
        return shown;
    }

    private void add(List<Line> lines, String labelKey, String before, String after) {
        if (before != null || after != null) {
            lines.add(new Line(text.apply(labelKey), before, after));
        }
    }

    private String arrangement(PlanSnapshot s) {
        if (s.arrangement() == null || s.arrangement().isBlank()) {
            return null;
        }
        var name = text.apply("plan.page.arrangement." + s.arrangement());
        return s.arrangementOther() == null || s.arrangementOther().isBlank()
                ? name
                : name + ": " + s.arrangementOther();
    }

    private String yesNo(boolean value) {
        return text.apply(value ? "plan.compare.yes" : "plan.compare.no");
    }

    private String form(PlanSnapshot s) {
        return s.coordinationForm() == null ? null : text.apply("plan.page.coordinationForm." + s.coordinationForm());
    }

    private String person(PlanSnapshot s, String name) {
        return s.participants().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .map(p -> p.relation() + " (" + text.apply("plan.page.participantKind." + p.kind())
                        + (p.active() ? "" : ", " + text.apply("plan.compare.copyOnly")) + ")")
                .orElse(null);
    }

    private String action(Optional<PlanSnapshot.GoalLine> goal, String what) {
        return actionsOf(goal)
                .filter(a -> a.what().equals(what))
                .findFirst()
                .map(a -> String.join(
                        " · ",
                        a.what(),
                        text.apply("plan.compare.who") + " " + a.who(),
                        text.apply("plan.compare.start") + " " + date(a.start()),
                        text.apply("plan.compare.target") + " " + date(a.target()),
                        text.apply("plan.compare.evaluation") + " " + date(a.evaluation())))
                .orElse(null);
    }

    private static Optional<PlanSnapshot.GoalLine> goal(PlanSnapshot s, String title) {
        return s.goals().stream().filter(g -> g.title().equals(title)).findFirst();
    }

    private static Stream<PlanSnapshot.ActionLine> actionsOf(Optional<PlanSnapshot.GoalLine> goal) {
        return goal.stream().flatMap(g -> g.actions().stream());
    }

    private static String date(LocalDate date) {
        return date == null ? "-" : DATE.date(date);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
