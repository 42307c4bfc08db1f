package nl.eenplan.plan.web;

import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.Planning;
import nl.eenplan.plan.Tab1;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes through the JSON API: who asks ({@link PlanAccess}) and the change itself in one
 * transaction. {@link Planning} refuses what this person may not change, or a stale version.
 */
@Component
class PlanChanges {

    private final PlanAccess access;
    private final Planning planning;

    PlanChanges(PlanAccess access, Planning planning) {
        this.access = access;
        this.planning = planning;
    }

    @Transactional
    public void updateTab1(UUID householdId, AccountPrincipal person, VersionTag seen, Tab1 tab1) {
        planning.updateTab1(householdId, access.viewer(householdId, person), seen.version(), tab1);
    }

    @Transactional
    public UUID addGoal(UUID householdId, AccountPrincipal person, VersionTag seen, String title) {
        return planning.addGoal(householdId, access.viewer(householdId, person), seen.version(), title);
    }

    @Transactional
    public UUID addAction(UUID householdId, AccountPrincipal person, VersionTag seen, UUID goalId, NewAction action) {
        return planning.addAction(householdId, access.viewer(householdId, person), seen.version(), goalId, action);
    }

    @Transactional
    public void updateAction(
            UUID householdId, AccountPrincipal person, VersionTag seen, UUID actionId, NewAction changes) {
        planning.updateAction(householdId, access.viewer(householdId, person), seen.version(), actionId, changes);
    }

    @Transactional
    public int establish(UUID householdId, AccountPrincipal person, VersionTag seen) {
        return planning.establish(householdId, access.viewer(householdId, person), seen.version());
    }
}
