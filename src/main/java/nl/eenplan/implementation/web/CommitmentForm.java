package nl.eenplan.implementation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.eenplan.implementation.ProviderCommitment;
import org.springframework.format.annotation.DateTimeFormat;

/** IMP-4: the facts a provider records (its implementation follows from its checklist), with the version shown. */
record CommitmentForm(
        @NotNull(message = "{requirements.stale}") Integer version,

        @PastOrPresent(message = "{requirements.date.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate methodAdoptedOn,

        Boolean trainingPlan) {

    static CommitmentForm of(ProviderCommitment commitment) {
        return new CommitmentForm(commitment.version(), commitment.methodAdoptedOn(), commitment.trainingPlan());
    }
}
