package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Role;
import nl.eenplan.participation.RoleEligibility;
import nl.eenplan.plan.Action;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanTab;
import nl.eenplan.plan.web.PlanViews.ActionView;
import nl.eenplan.plan.web.PlanViews.GoalView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Tab 2, the plan of approach (PL-2, G-1..G-4, PL-9): the goals in the household's order, who does what by
 * when, agreeing to and establishing the plan as it stands, and the way to closing it.
 */
@Component
class ApproachTab implements PlanTabContent {

    private final PlanEstablishing establishing;
    private final RoleEligibility eligibility;
    private final java.time.Clock clock;

    ApproachTab(PlanEstablishing establishing, RoleEligibility eligibility, java.time.Clock clock) {
        this.establishing = establishing;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    public PlanTab tab() {
        return PlanTab.APPROACH;
    }

    @Override
    public String fill(Plan plan, Viewer viewer, List<Participant> participants, Model model) {
        model.addAttribute("goals", goals(plan, viewer, participants, nl.eenplan.calendar.DutchTime.today(clock)));
        // PL-2: whom an action can be given to (RoleEligibility): never an expected child.
        model.addAttribute(
                "active", viewer.mayEdit() ? eligibility.eligible(plan.householdId(), Role.ACTION_OWNER) : List.of());
        model.addAttribute("goalsBeforeWarning", Plan.GOALS_BEFORE_WARNING);
        // PL-9: who agreed to the plan as it stands, and whether this viewer may agree.
        model.addAttribute("agreedNow", establishing.agreedNow(plan, participants, viewer));
        model.addAttribute("mayAgree", establishing.mayAgree(plan, viewer));
        model.addAttribute("closeReasons", CloseReason.values());
        if (model.getAttribute("goalForm") == null) {
            model.addAttribute("goalForm", GoalForm.empty());
        }
        if (model.getAttribute("closeForm") == null) {
            model.addAttribute("closeForm", CloseForm.empty());
        }
        if (model.getAttribute("actionForm") == null) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        return "plan/plan-approach";
    }

    private static List<GoalView> goals(Plan plan, Viewer viewer, List<Participant> participants, LocalDate today) {
        var me = viewer.participant().id();
        var shown = plan.goals().stream()
                // network members see the goals they have an action in.
                .filter(g -> viewer.scope() == Viewer.Scope.FULL || !g.actions().isEmpty())
                .toList();
        Predicate<Action> mayMarkDone = a -> !plan.closed() && !a.done() && (viewer.mayEdit() || a.involves(me));
        return shown.stream()
                .map(g -> new GoalView(g, actions(g, participants, today, mayMarkDone), g == shown.getFirst()))
                .toList();
    }

    /** G-2: a goal's actions with the names of who does each. */
    static List<ActionView> actions(
            Goal goal, List<Participant> participants, LocalDate today, Predicate<Action> mayMarkDone) {
        var names = PlanPage.names(participants);
        return goal.actions().stream()
                .map(a -> new ActionView(
                        a,
                        a.participantIds().stream()
                                .map(id -> names.getOrDefault(id, "?"))
                                .sorted()
                                .collect(Collectors.joining(", ")),
                        a.overdueOn(today),
                        mayMarkDone.test(a)))
                .toList();
    }
}
