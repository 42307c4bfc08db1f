package nl.eenplan.plan.lifearea;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.Viewer;
import nl.eenplan.document.RadarChart;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.FrozenSection.Line;
import nl.eenplan.plan.FrozenText;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanPart;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;

/**
 * PL-4, PL-9: tab 4 frozen into a version: a section per life area something is recorded about, the life
 * areas goals address, and per member (or the household) the assessments over time with their figures,
 * drawn as a radar chart. The heading of a member's assessments carries his id as a second argument its
 * text does not show, so that {@link #asSeenBy} can keep it from professionals without consent (C-2).
 */
@Component
class LifeAreaPart implements PlanPart {

    static final String KEY = "life-areas";
    static final String ASSESSMENT = "lifearea.frozen.assessment";
    static final String HOUSEHOLD_ASSESSMENT = "lifearea.frozen.assessmentHousehold";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final LifeAreaRows rows;
    private final HouseholdRegister households;

    LifeAreaPart(LifeAreaRows rows, HouseholdRegister households) {
        this.rows = rows;
        this.households = households;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public PlanTab tab() {
        return PlanTab.LIFE_AREAS;
    }

    @Override
    public List<FrozenSection> freeze(Plan plan) {
        var sections = new ArrayList<FrozenSection>();
        for (var note : rows.notes(plan.id())) {
            if (!note.equals(LifeAreaNote.empty(note.area()))) {
                sections.add(area(note));
            }
        }
        var links = rows.goalAreas(plan.id());
        var goalLines = plan.goals().stream()
                .flatMap(g -> links.getOrDefault(g.id(), java.util.Set.of()).stream()
                        .map(area -> new Line(FrozenText.plain(g.title()), FrozenText.message(area.nameKey()))))
                .toList();
        if (!goalLines.isEmpty()) {
            sections.add(new FrozenSection(FrozenText.message("lifearea.frozen.goals"), goalLines));
        }
        var names = households.members(plan.householdId()).stream().collect(Collectors.toMap(Member::id, Member::name));
        var bySubject = new LinkedHashMap<UUID, List<Assessment>>();
        rows.assessments(plan.id())
                .forEach(a -> bySubject
                        .computeIfAbsent(a.memberId(), id -> new ArrayList<>())
                        .add(a));
        bySubject.forEach((member, assessments) -> sections.add(assessments(member, names, assessments)));
        return sections;
    }

    private static FrozenSection area(LifeAreaNote note) {
        return new FrozenSection(
                FrozenText.message(note.area().nameKey()),
                List.of(
                        line("lifearea.field.strengths", FrozenText.plain(note.strengths())),
                        line("lifearea.field.concerns", FrozenText.plain(note.concerns())),
                        line("lifearea.field.discussed", FrozenText.message("lifearea.discussed." + note.discussed())),
                        line("lifearea.field.householdView", FrozenText.plain(note.householdView())),
                        line("lifearea.field.professionalView", FrozenText.plain(note.professionalView()))));
    }

    /** One member's (or the household's) assessments: a line per domain, one per assessment, and figures. */
    static FrozenSection assessments(UUID member, Map<UUID, String> names, List<Assessment> assessments) {
        var heading = member == null
                ? FrozenText.message(HOUSEHOLD_ASSESSMENT)
                : FrozenText.message(ASSESSMENT, names.getOrDefault(member, "?"), member.toString());
        var lines = new ArrayList<Line>();
        for (var domain : MatrixDomain.values()) {
            var values = assessments.stream()
                    .map(a -> a.score(domain) == null ? "–" : a.score(domain).toString())
                    .collect(Collectors.joining(" → "));
            lines.add(new Line(FrozenText.message(domain.nameKey()), FrozenText.plain(values)));
        }
        for (var a : assessments) {
            lines.add(new Line(
                    FrozenText.message("lifearea.frozen.assessedOn", DATE.format(a.assessedOn()), a.assessedBy()),
                    FrozenText.plain(a.note())));
        }
        return new FrozenSection(heading, lines, figures(assessments));
    }

    /** The figures of assessments for a chart: a series per assessment, a value per domain. */
    static List<RadarChart.Series> figures(List<Assessment> assessments) {
        return assessments.stream()
                .map(a -> new RadarChart.Series(
                        DATE.format(a.assessedOn()),
                        java.util.Arrays.stream(MatrixDomain.values())
                                .map(a::score)
                                .toList()))
                .toList();
    }

    private static Line line(String key, FrozenText value) {
        return new Line(FrozenText.message(key), value);
    }

    @Override
    public List<FrozenSection> asSeenBy(Viewer viewer, List<FrozenSection> frozen) {
        return frozen.stream()
                .filter(section -> AssessmentView.seesAbout(viewer, about(section)))
                .toList();
    }

    /** The member a frozen section is about; null when it is about the household. */
    private static UUID about(FrozenSection section) {
        var heading = section.heading();
        if (Objects.equals(heading.key(), ASSESSMENT) && heading.args().size() > 1) {
            return UUID.fromString(heading.args().get(1));
        }
        return null;
    }
}
