package nl.eenplan.plan;

import java.util.UUID;
import nl.eenplan.participation.CaseOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** H-4: a newly registered household gets its draft plan, in the transaction that registered it. */
@Component
class DraftPlans {

    private final Plans plans;

    DraftPlans(Plans plans) {
        this.plans = plans;
    }

    @EventListener
    void open(CaseOpened opened) {
        plans.insert(UUID.randomUUID(), opened.householdId(), opened.openedAt());
    }
}
