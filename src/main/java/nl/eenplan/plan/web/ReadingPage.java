package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.plan.PlanStatus;
import nl.eenplan.plan.web.PlanViews.GoalView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The reading view of the plan (C-4, PL-9): the whole plan as it stands, as this viewer may see it, in
 * short plain sentences: the situation and the help question, who coordinates, what we are going to do, who
 * does what and when we look whether it works, then the other tabs' parts, and the household's agreement.
 * The plan is read and logged once.
 */
@Component
class ReadingPage {

    private final PlanPage page;
    private final PlanReading reading;
    private final PlanEstablishing establishing;

    ReadingPage(PlanPage page, PlanReading reading, PlanEstablishing establishing) {
        this.page = page;
        this.reading = reading;
        this.establishing = establishing;
    }

    String show(UUID householdId, Viewer viewer, Model model) {
        viewer.seeingPlan();
        var participants = page.header(householdId, viewer, model);
        if (viewer.scope() == Viewer.Scope.COPY) {
            reading.openAsCopyRecipient(householdId, viewer);
            return "plan/plan-copy";
        }
        var plan = reading.current(householdId, viewer);
        var today = page.today();
        model.addAttribute("plan", plan);
        model.addAttribute("statusKey", "plan.read.status." + status(plan));
        model.addAttribute("goals", goals(plan, viewer, participants, today));
        model.addAttribute("fosterParents", fosterParents(plan, participants));
        model.addAttribute("parts", new CurrentParts(reading.currentParts(plan, viewer)));
        // PL-9, PL-10: agreeing comes before establishing; after that, after each change.
        var open = !plan.closed() && (plan.status() == PlanStatus.DRAFT || plan.changedSinceVersion());
        model.addAttribute("mayAgree", open && establishing.mayAgree(plan, viewer));
        model.addAttribute("agreed", establishing.hasAgreed(plan, viewer));
        return "plan/plan-read";
    }

    /** The parts of the other tabs, shaped as a version's, for {@code plan-parts :: frozen}. */
    record CurrentParts(Map<String, List<FrozenSection>> parts) {}

    private static String status(Plan plan) {
        if (plan.closed()) {
            return "CLOSED";
        }
        if (plan.lastVersionNumber() == 0) {
            return "DRAFT";
        }
        return plan.changedSinceVersion() ? "CHANGED" : "ESTABLISHED";
    }

    private static List<GoalView> goals(Plan plan, Viewer viewer, List<Participant> participants, LocalDate today) {
        var shown = plan.goals().stream()
                .filter(g -> viewer.scope() == Viewer.Scope.FULL || !g.actions().isEmpty())
                .toList();
        return shown.stream()
                .map(g -> new GoalView(g, ApproachTab.actions(g, participants, today, a -> false), false))
                .toList();
    }

    private static List<String> fosterParents(Plan plan, List<Participant> participants) {
        return participants.stream()
                .filter(p -> plan.situation().fosterParent(p.id()))
                .map(Participant::name)
                .toList();
    }
}
