package nl.eenplan.plan.web;

import java.util.UUID;
import nl.eenplan.home.VersionTag;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.Tab1;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes through the JSON API: who asks ({@link PlanAccess}) and the change itself in one
 * transaction. {@link PlanEditing} and {@link PlanEstablishing} refuse what this person may not change,
 * or a stale version.
 */
@Component
class PlanChanges {

    private final PlanAccess access;
    private final PlanEditing editing;
    private final PlanEstablishing establishing;

    PlanChanges(PlanAccess access, PlanEditing editing, PlanEstablishing establishing) {
        this.access = access;
        this.editing = editing;
        this.establishing = establishing;
    }

    @Transactional
    public void updateTab1(UUID householdId, AccountPrincipal person, VersionTag seen, Tab1 tab1) {
        editing.updateTab1(householdId, access.viewer(householdId, person), seen.version(), tab1);
    }

    @Transactional
    public UUID addGoal(UUID householdId, AccountPrincipal person, VersionTag seen, String title) {
        return editing.addGoal(householdId, access.viewer(householdId, person), seen.version(), title);
    }

    @Transactional
    public UUID addAction(UUID householdId, AccountPrincipal person, VersionTag seen, UUID goalId, NewAction action) {
        return editing.addAction(householdId, access.viewer(householdId, person), seen.version(), goalId, action);
    }

    @Transactional
    public void updateAction(
            UUID householdId, AccountPrincipal person, VersionTag seen, UUID actionId, NewAction changes) {
        editing.updateAction(householdId, access.viewer(householdId, person), seen.version(), actionId, changes);
    }

    @Transactional
    public int establish(UUID householdId, AccountPrincipal person, VersionTag seen) {
        return establishing.establish(householdId, access.viewer(householdId, person), seen.version());
    }
}
