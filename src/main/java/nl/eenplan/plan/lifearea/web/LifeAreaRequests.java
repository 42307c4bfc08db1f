package nl.eenplan.plan.lifearea.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.plan.lifearea.LifeArea;
import nl.eenplan.plan.lifearea.LifeAreaNote;
import nl.eenplan.plan.lifearea.MatrixDomain;
import nl.eenplan.plan.lifearea.NewAssessment;

/** PL-4: the bodies of the API's changes to tab 4. */
final class LifeAreaRequests {

    static final int TEXT = 4000;

    private LifeAreaRequests() {}

    /** {@code PUT .../life-areas/{area}}: strengths, concerns, discussed, who sees it how. */
    record Area(
            @Size(max = TEXT) String strengths,
            @Size(max = TEXT) String concerns,
            Boolean discussed,
            @Size(max = TEXT) String householdView,
            @Size(max = TEXT) String professionalView) {

        LifeAreaNote toNote(LifeArea area) {
            return new LifeAreaNote(
                    area, strengths, concerns, Boolean.TRUE.equals(discussed), householdView, professionalView);
        }
    }

    /** {@code POST .../life-areas/assessments}: about whom (null: the household), when, by whom, levels. */
    record Assessment(
            UUID memberId,
            @NotNull LocalDate assessedOn,
            @NotNull @Size(min = 1, max = 200) String assessedBy,
            @NotNull Map<MatrixDomain, Integer> scores,
            @Size(max = TEXT) String note) {

        NewAssessment toNew() {
            return new NewAssessment(memberId, assessedOn, assessedBy, scores, note);
        }
    }

    /** {@code PUT .../life-areas/goals/{goalId}}: the life areas the goal addresses. */
    record GoalAreas(@NotNull Set<LifeArea> areas) {}
}
