package nl.eenplan.implementation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.eenplan.implementation.ProviderCommitment;
import nl.eenplan.implementation.ProviderRecords;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * IMP-4: the facts a provider records (its implementation follows from its checklist), with the version
 * shown. Whether the date is not in the future is checked once, by {@link ProviderRecords}, in Dutch time.
 */
record CommitmentForm(
        @NotNull(message = "{requirements.stale}") Integer version,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate methodAdoptedOn,

        Boolean trainingPlan) {

    static CommitmentForm of(ProviderCommitment commitment) {
        return new CommitmentForm(commitment.version(), commitment.methodAdoptedOn(), commitment.trainingPlan());
    }
}
