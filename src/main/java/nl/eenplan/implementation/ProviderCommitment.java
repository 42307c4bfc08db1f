package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * IMP-4: what a provider's data cannot show, recorded as facts: since when it adopted the method and
 * whether it keeps a training plan. Version 0: nothing recorded yet. Whether its implementation is done
 * is not recorded here: it follows from its implementation checklist ({@link ImplementationState}).
 */
public record ProviderCommitment(UUID organisationId, int version, LocalDate methodAdoptedOn, boolean trainingPlan) {

    public static ProviderCommitment none(UUID organisationId) {
        return new ProviderCommitment(organisationId, 0, null, false);
    }
}
