package nl.eenplan.plan.lifearea;

import java.util.UUID;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.Viewer;

/**
 * C-2, X-5: who sees what of tab 4. The household sees all of it; a network member nothing; a professional
 * sees an assessment of a member only with consent to share assessments about that member, and what is
 * about the household as a whole (the life areas, household assessments) only with that consent for every
 * member.
 */
final class AssessmentView {

    private AssessmentView() {}

    /** Whether this viewer sees the live tab 4: not a network member, nor a copy-only recipient. */
    static boolean seesLiveTab(Viewer viewer) {
        return viewer.scope() == Viewer.Scope.FULL;
    }

    /** Whether this viewer sees anything of tab 4 at all (in a version, copy-only recipients do). */
    static boolean seesTab(Viewer viewer) {
        return viewer.seesPlan() && viewer.scope() != Viewer.Scope.APPROACH;
    }

    /** Whether this viewer sees what is recorded about this member; {@code memberId} null: the household. */
    static boolean seesAbout(Viewer viewer, UUID memberId) {
        if (!seesTab(viewer)) {
            return false;
        }
        if (!viewer.professional()) {
            return true;
        }
        var shared = viewer.sharedAbout();
        if (memberId != null) {
            return shared.getOrDefault(memberId, java.util.Set.of()).contains(InformationCategory.ASSESSMENTS);
        }
        return !shared.isEmpty() && shared.values().stream().allMatch(c -> c.contains(InformationCategory.ASSESSMENTS));
    }
}
