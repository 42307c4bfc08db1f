package nl.eenplan.plan.treatment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.FrozenSection.Line;
import nl.eenplan.plan.FrozenText;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanPart;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;

/**
 * PL-7, PL-9: the treatment plans the plan mentions, frozen into every established version: one section
 * per current link (an ended one is in the versions made while it ran), never the treatment itself.
 */
@Component
class TreatmentPlanPart implements PlanPart {

    static final String KEY = "treatmentPlans";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final TreatmentPlanRows rows;

    TreatmentPlanPart(TreatmentPlanRows rows) {
        this.rows = rows;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public PlanTab tab() {
        return PlanTab.APPROACH;
    }

    @Override
    public List<FrozenSection> freeze(Plan plan) {
        return rows.of(plan.id()).stream()
                .filter(link -> !link.ended())
                .map(link -> section(plan, link))
                .toList();
    }

    /**
     * X-5, C-1: the household and professionals with consent for the whole plan see the treatment plans in
     * a version, copy-only recipients too (they receive the versions); network members never.
     */
    @Override
    public List<FrozenSection> asSeenBy(Viewer viewer, List<FrozenSection> frozen) {
        return viewer.scope() == Viewer.Scope.FULL || viewer.scope() == Viewer.Scope.COPY ? frozen : List.of();
    }

    private static FrozenSection section(Plan plan, TreatmentPlanLink link) {
        var lines = new ArrayList<Line>();
        lines.add(line("plan.treatment.field.professional", FrozenText.plain(link.professionalName())));
        lines.add(line("plan.treatment.field.organisation", FrozenText.plain(link.organisationName())));
        if (!link.reference().isEmpty()) {
            lines.add(line("plan.treatment.field.reference", FrozenText.plain(link.reference())));
        }
        if (link.validFrom() != null || link.validTo() != null) {
            lines.add(line(
                    "plan.treatment.field.period",
                    FrozenText.message(
                            "plan.treatment.frozen.period",
                            link.validFrom() == null ? "…" : DAY.format(link.validFrom()),
                            link.validTo() == null ? "…" : DAY.format(link.validTo()))));
        }
        lines.add(line(
                "plan.treatment.field.goals",
                FrozenText.plain(link.goalIds().stream()
                        .map(plan::goal)
                        .flatMap(java.util.Optional::stream)
                        .map(Goal::title)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("; ")))));
        lines.add(line(
                "plan.treatment.field.agreed",
                FrozenText.message(
                        "plan.treatment.frozen.agreed",
                        DAY.format(link.agreedAt().atZone(DutchTime.ZONE).toLocalDate()))));
        return new FrozenSection(
                FrozenText.message("plan.treatment.frozen.heading", link.name(), link.professionalName()), lines);
    }

    private static Line line(String label, FrozenText value) {
        return new Line(FrozenText.message(label), value);
    }
}
