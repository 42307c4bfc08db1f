package nl.eenplan.plan.web;

import java.util.List;
import nl.eenplan.consent.ConsentOverviews;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanTab;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Tab 5, the consent statement (PL-5, C-1, C-2): which consents for gathering and sharing information are
 * recorded, about whom, for which information and with whom, as the consent module keeps them; recording
 * and withdrawing happen on its own pages. The household and professionals who see the whole plan read it;
 * the read is logged once, by the consent module, as a read of the consent overview.
 */
@Component
class ConsentTab implements PlanTabContent {

    private final ConsentOverviews overviews;

    ConsentTab(ConsentOverviews overviews) {
        this.overviews = overviews;
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
    public String fill(Plan plan, Viewer viewer, List<Participant> participants, Model model) {
        if (viewer.seesTab1()) {
            model.addAttribute("file", overviews.forHousehold(plan.householdId(), viewer.accountId()));
        }
        return "plan/plan-consent";
    }
}
