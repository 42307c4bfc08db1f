package nl.eenplan.plan.web;

import java.util.List;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanTab;
import org.springframework.ui.Model;

/** What one tab page of the plan adds to what {@link PlanPage} shows on every tab. */
interface PlanTabContent {

    PlanTab tab();

    /**
     * whether this tab logs its own read of the household's data (under a more specific event), so the
     * plan it shows is read without an entry of its own: one access, one entry.
     */
    default boolean logsItsOwnRead(Viewer viewer) {
        return false;
    }

    /** Adds what this tab shows of the plan as this viewer may see it; the answer is the template. */
    String fill(Plan plan, Viewer viewer, List<Participant> participants, Model model);
}
