package nl.eenplan.escalation;

import java.util.Optional;
import java.util.UUID;
import nl.eenplan.plan.PlanPageSection;
import org.springframework.stereotype.Component;

/** G-4 on the plan page: the coordinator's stagnation prompts and a link to the escalations. */
@Component
class EscalationPlanSection implements PlanPageSection {

    private final StagnationSignals signals;

    EscalationPlanSection(StagnationSignals signals) {
        this.signals = signals;
    }

    @Override
    public Optional<Shown> shownTo(UUID householdId, UUID accountId) {
        var box = signals.planBox(householdId, accountId);
        return box.link() ? Optional.of(new Shown("escalation/plan-prompt", "box", box)) : Optional.empty();
    }
}
