package nl.eenplan.plan.provision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.consent.Viewer;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.FrozenSection.Line;
import nl.eenplan.plan.FrozenText;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanPart;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;

/**
 * Tab 3 as part of every established version (PL-3, PL-9): one section with the law per member (PL-10),
 * and one section per provision, numbered in the order they were asked for so versions compare line by
 * line. X-5: provisions are plan content: the household and professionals who see tab 1 see them, copy
 * recipients in the versions they receive; network members see none of it.
 */
@Component
class ProvisionsPart implements PlanPart {

    static final String KEY = "provisions";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Tab3Reading reading;

    ProvisionsPart(Tab3Reading reading) {
        this.reading = reading;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public PlanTab tab() {
        return PlanTab.PROVISIONS;
    }

    @Override
    public List<FrozenSection> freeze(Plan plan) {
        var tab = reading.of(plan);
        var sections = new ArrayList<FrozenSection>();
        sections.add(new FrozenSection(
                FrozenText.message("provision.frozen.laws"),
                tab.members().stream()
                        .filter(m -> !m.member().unborn())
                        .map(m -> new Line(FrozenText.plain(m.name()), law(m)))
                        .toList()));
        var number = 0;
        for (var p : tab.provisions()) {
            number++;
            var member = tab.member(p.memberId()).map(Tab3.MemberLine::name).orElse("");
            var lines = new ArrayList<Line>();
            lines.add(line("provision.field.law", FrozenText.message("provision.law." + p.law())));
            lines.add(line(
                    "provision.field.kind",
                    p.kind() == ProvisionKind.OTHER
                            ? FrozenText.plain(p.kindOther())
                            : FrozenText.message(p.kind().labelKey())));
            lines.add(line("provision.field.provider", FrozenText.plain(p.provider())));
            lines.add(line(
                    "provision.field.goals",
                    FrozenText.plain(String.join(
                            "; ", p.goalIds().stream().map(tab::goalTitle).toList()))));
            lines.add(line("provision.field.reason", FrozenText.plain(p.reason())));
            if (p.hasScope()) {
                lines.add(line(
                        "provision.field.scope",
                        FrozenText.message(
                                "provision.scope." + p.unit() + "." + p.frequency(), String.valueOf(p.volume()))));
            }
            if (p.startDate() != null) {
                lines.add(line("provision.field.startDate", FrozenText.plain(DAY.format(p.startDate()))));
            }
            if (p.endDate() != null) {
                lines.add(line("provision.field.endDate", FrozenText.plain(DAY.format(p.endDate()))));
            }
            lines.add(line("provision.field.status", FrozenText.message("provision.status." + p.status())));
            sections.add(new FrozenSection(
                    FrozenText.message("provision.frozen.heading", String.valueOf(number), member), lines));
        }
        return sections;
    }

    @Override
    public List<FrozenSection> asSeenBy(Viewer viewer, List<FrozenSection> frozen) {
        return switch (viewer.scope()) {
            case FULL, COPY -> frozen;
            case APPROACH, NO_CONSENT -> List.of();
        };
    }

    private static FrozenText law(Tab3.MemberLine m) {
        var requested = m.entry() == null ? null : m.entry().supportRequestedOn();
        if (m.law().wmo() && requested != null) {
            return FrozenText.message(
                    "provision.frozen.lawWmo." + m.law(),
                    DAY.format(requested),
                    DAY.format(m.personalPlan().due()));
        }
        return FrozenText.message("provision.memberLaw." + m.law());
    }

    private static Line line(String labelKey, FrozenText value) {
        return new Line(FrozenText.message(labelKey), value);
    }
}
