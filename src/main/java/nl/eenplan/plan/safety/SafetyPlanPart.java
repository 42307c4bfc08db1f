package nl.eenplan.plan.safety;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.FrozenSection.Line;
import nl.eenplan.plan.FrozenText;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanPart;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;

/**
 * The safety plan as a part of the plan (PL-6, PL-9): the open safety plan is frozen into every version,
 * and a version shows of it what the live tab shows the reader ({@link SafetySight}): all of it, only the
 * agreements, watches and calls naming a network member (the participant's id travels as a hidden argument
 * of the line's label), or nothing. The fixed numbers (Veilig Thuis, 112) are always among the calls.
 */
@Component
public class SafetyPlanPart implements PlanPart {

    static final String STARTED_HEADING = "plan.safety.section.started";
    static final String RISKS = "plan.safety.section.risks";
    static final String AGREEMENTS = "plan.safety.section.agreements";
    static final String WATCHES = "plan.safety.section.watches";
    static final String CALLS = "plan.safety.section.calls";
    static final String MOMENTS = "plan.safety.section.moments";
    static final String FIXED = "plan.safety.call.fixed.";

    /** Numbers that always hold, whatever the plan says: Veilig Thuis, and 112 in danger. */
    public static final List<String> FIXED_CALLS = List.of("veiligThuis", "emergency");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final Set<String> NAMING = Set.of(AGREEMENTS, WATCHES, CALLS);

    private final SafetyPlans safetyPlans;
    private final SafetySight sight;
    private final Team team;

    SafetyPlanPart(SafetyPlans safetyPlans, SafetySight sight, Team team) {
        this.safetyPlans = safetyPlans;
        this.sight = sight;
        this.team = team;
    }

    @Override
    public String key() {
        return "safety";
    }

    @Override
    public PlanTab tab() {
        return PlanTab.SAFETY;
    }

    @Override
    public List<FrozenSection> freeze(Plan plan) {
        var open = safetyPlans.open(plan.id());
        if (open.isEmpty()) {
            return List.of();
        }
        var s = open.get();
        var names = team.of(plan.householdId()).stream()
                .collect(Collectors.toMap(Participant::id, Participant::name, (a, b) -> a));
        var sections = new ArrayList<FrozenSection>();
        var started = new ArrayList<Line>();
        started.add(new Line(
                FrozenText.message("plan.safety.frozen.startedOn"),
                FrozenText.message(
                        "plan.safety.frozen.startedBy", day(s.startedOn()), names.getOrDefault(s.startedBy(), ""))));
        started.add(new Line(FrozenText.message("plan.safety.frozen.reason"), FrozenText.plain(s.reason())));
        if (s.signalId() != null) {
            started.add(new Line(
                    FrozenText.message("plan.safety.frozen.signal"),
                    FrozenText.message("plan.safety.frozen.signal.yes")));
        }
        sections.add(new FrozenSection(FrozenText.message(STARTED_HEADING), started));
        sections.add(new FrozenSection(
                FrozenText.message(RISKS),
                s.risks().stream()
                        .map(r -> new Line(
                                FrozenText.message("plan.safety.frozen.forWhom", or(r.who())),
                                FrozenText.plain(r.what())))
                        .toList()));
        sections.add(section(AGREEMENTS, s.agreements(), names));
        sections.add(section(WATCHES, s.watches(), names));
        var calls = new ArrayList<>(section(CALLS, s.calls(), names).lines());
        FIXED_CALLS.forEach(f ->
                calls.add(new Line(FrozenText.message(FIXED + f + ".when"), FrozenText.message(FIXED + f + ".whom"))));
        sections.add(new FrozenSection(FrozenText.message(CALLS), calls));
        sections.add(new FrozenSection(
                FrozenText.message(MOMENTS),
                s.moments().stream()
                        .map(m -> new Line(
                                FrozenText.message("plan.safety.frozen.moment", day(m.dueOn())),
                                m.evaluated()
                                        ? FrozenText.message(
                                                "plan.safety.frozen.evaluated", day(m.evaluatedOn()), m.outcome())
                                        : FrozenText.message("plan.safety.frozen.notEvaluated")))
                        .toList()));
        return sections;
    }

    @Override
    public List<FrozenSection> asSeenBy(Viewer viewer, List<FrozenSection> frozen) {
        return switch (sight.of(viewer)) {
            case ALL -> frozen;
            case NONE -> List.of();
            case NAMED -> naming(viewer.participant().id().toString(), frozen);
        };
    }

    /** the agreements, watches and calls that name this participant, and the fixed numbers. */
    private static List<FrozenSection> naming(String participantId, List<FrozenSection> frozen) {
        return frozen.stream()
                .filter(s -> NAMING.contains(s.heading().key()))
                .map(s -> new FrozenSection(
                        s.heading(),
                        s.lines().stream()
                                .filter(l -> l.label().key() != null
                                                && l.label().key().startsWith(FIXED)
                                        || l.label().args().size() > 1
                                                && l.label().args().get(1).equals(participantId))
                                .toList()))
                .filter(s -> !s.lines().isEmpty())
                .toList();
    }

    /** Lines labelled by whom they name: his name and the words written, his id hidden. */
    private static FrozenSection section(String heading, List<SafetyLine> lines, Map<UUID, String> names) {
        return new FrozenSection(
                FrozenText.message(heading),
                lines.stream()
                        .map(l -> new Line(
                                FrozenText.message(
                                        "plan.safety.frozen.who",
                                        who(l, names),
                                        l.participantId() == null
                                                ? ""
                                                : l.participantId().toString()),
                                FrozenText.plain(l.phone() == null ? l.what() : l.what() + " (" + l.phone() + ")")))
                        .toList());
    }

    /** Whom a line names: the participant's name and the words written beside it. */
    public static String who(SafetyLine l, Map<UUID, String> names) {
        var name = l.participantId() == null ? null : names.get(l.participantId());
        if (name == null) {
            return or(l.who());
        }
        return l.who() == null ? name : name + ", " + l.who();
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }
}
