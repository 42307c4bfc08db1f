package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * IMP-4: what a provider's data cannot show, recorded as facts: since when it adopted the method, when
 * its implementation was done, and whether it keeps a training plan. Version 0: nothing recorded yet.
 * "Implementation done" is a recorded fact for now; the implementation checklist may feed it later.
 */
public record ProviderCommitment(
        UUID organisationId,
        int version,
        LocalDate methodAdoptedOn,
        LocalDate implementationDoneOn,
        boolean trainingPlan) {

    public static ProviderCommitment none(UUID organisationId) {
        return new ProviderCommitment(organisationId, 0, null, null, false);
    }
}
