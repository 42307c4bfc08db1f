package nl.eenplan.implementation;

import java.util.List;
import java.util.UUID;

/**
 * IMP-4: how a provider stands on the basic requirements, computed from the data: the method adopted,
 * at least one attention officer, the implementation done (its newest implementation checklist done,
 * IMP-3), every coordinator recruited and assessed on the competence profile (IMP-6), a training plan,
 * and every coordinator with the basic training (IMP-5). The coordinators are the provider's
 * professionals; a provider without any meets neither of their two.
 */
public record ProviderStanding(
        UUID providerId,
        String providerName,
        UUID municipalityId,
        ProviderCommitment commitment,
        boolean attentionOfficer,
        ImplementationState implementation,
        List<CoordinatorStanding> coordinators) {

    public boolean methodAdopted() {
        return commitment.methodAdoptedOn() != null;
    }

    public boolean implementationDone() {
        return implementation.done();
    }

    public boolean trainingPlan() {
        return commitment.trainingPlan();
    }

    public boolean coordinatorsAssessed() {
        return !coordinators.isEmpty() && coordinators.stream().allMatch(c -> c.assessedOn() != null);
    }

    public boolean coordinatorsTrained() {
        return !coordinators.isEmpty() && coordinators.stream().allMatch(CoordinatorStanding::basicTraining);
    }

    /** Whether the provider meets every basic requirement (R-9: then intensive coordination may be declared). */
    public boolean meetsAll() {
        return methodAdopted()
                && attentionOfficer
                && implementationDone()
                && coordinatorsAssessed()
                && trainingPlan()
                && coordinatorsTrained();
    }
}
