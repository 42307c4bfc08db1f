package nl.eenplan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.calendar.Term;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanTab;
import nl.eenplan.plan.web.PlanViews.TermView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Tab 1, the situation and help question (PL-1, PL-8, PL-10): how coordination is arranged, the first
 * agreements, the family-group plan, the household's situation and help question in its own words, who are
 * foster parents, whether closed youth care applies, and the legal terms computed from its dates.
 */
@Component
class SituationTab implements PlanTabContent {

    private final PlanTerms terms;
    private final java.time.Clock clock;

    SituationTab(PlanTerms terms, java.time.Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    public PlanTab tab() {
        return PlanTab.SITUATION;
    }

    @Override
    public String fill(Plan plan, Viewer viewer, List<Participant> participants, Model model) {
        var today = nl.eenplan.calendar.DutchTime.today(clock);
        if (viewer.seesTab1()) {
            model.addAttribute("writtenTerm", term(plan.inWritingFrom(), terms::writtenPlan, plan, today));
            model.addAttribute(
                    "establishedTerm", term(plan.noFamilyGroupPlanOn(), terms::establishedPlan, plan, today));
        }
        model.addAttribute("arrangements", Arrangement.values());
        // PL-10: foster parents are people in the team who are not there for their work.
        var mayFoster = participants.stream().filter(p -> !p.isProfessional()).toList();
        model.addAttribute("fosterChoices", mayFoster);
        model.addAttribute(
                "fosterParents",
                mayFoster.stream()
                        .filter(p -> plan.situation().fosterParent(p.id()))
                        .map(Participant::name)
                        .toList());
        if (model.getAttribute("tab1Form") == null) {
            model.addAttribute("tab1Form", Tab1Form.of(plan));
        }
        return "plan/plan";
    }

    private static TermView term(LocalDate start, Function<LocalDate, Term> rule, Plan plan, LocalDate today) {
        if (start == null) {
            return null;
        }
        var term = rule.apply(start);
        return new TermView(term.start(), term.due(), plan.lastVersionNumber() == 0 && term.isOverdueOn(today));
    }
}
