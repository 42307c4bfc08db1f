package nl.eenplan.plan.safety;

import java.util.List;
import java.util.Optional;
import nl.eenplan.consent.Signal;
import nl.eenplan.plan.Plan;

/**
 * The safety plan tab as one viewer sees it (PL-6, X-5): the open safety plan (if any), the ended ones,
 * the step of the reporting code the open one answers (C-6, for those who see it all), and what he may do.
 */
public record SafetyView(
        Plan plan,
        SafetySight.Seen seen,
        Optional<SafetyPlan> current,
        List<SafetyPlan> ended,
        Optional<Signal> answers,
        boolean mayChange) {

    public SafetyView {
        ended = List.copyOf(ended);
    }

    /** The plan's version, for If-Match and the forms' hidden field. */
    public int version() {
        return plan.version();
    }
}
