package nl.eenplan.plan.web;

import java.util.List;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Tab 5, the consent statement (PL-5, C-1, C-2): which consents for gathering and sharing information are
 * recorded, about whom, for which information and with whom, as the consent module keeps them; recording
 * and withdrawing happen on its own pages. The household and professionals who see the whole plan read it;
 * the read is logged once, as a read of tab 5, on the basis of the viewer's view of the plan.
 */
@Component
class ConsentTab implements PlanTabContent {

    private final ConsentOverviews overviews;
    private final PlanPartChanges log;

    ConsentTab(ConsentOverviews overviews, PlanPartChanges log) {
        this.overviews = overviews;
        this.log = log;
    }

    @Override
    public PlanTab tab() {
        return PlanTab.CONSENT;
    }

    @Override
    public boolean logsItsOwnRead(Viewer viewer) {
        return viewer.seesTab1();
    }

    @Override
    @Transactional
    public String fill(Plan plan, Viewer viewer, List<Participant> participants, Model model) {
        if (viewer.seesTab1()) {
            model.addAttribute("file", overviews.forHouseholdAsPartOf(plan.householdId(), viewer.accountId()));
            log.log(viewer, "PLAN_CONSENTS_READ", plan, null);
        }
        return "plan/plan-consent";
    }
}
