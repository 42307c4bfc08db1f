package nl.eenplan.plan.provision;

/**
 * PL-3: where a requested provision stands, as far as EenPlan knows it: asked for, decided (granted or
 * refused) by the municipality, or withdrawn by the household and its professionals.
 */
public enum ProvisionStatus {
    REQUESTED,
    DECIDED_GRANTED,
    DECIDED_REFUSED,
    WITHDRAWN;

    /** Whether a provision in this status still belongs in a decision request. */
    public boolean requested() {
        return this == REQUESTED;
    }
}
