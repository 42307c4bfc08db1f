package nl.eenplan.implementation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.implementation.Competence;
import nl.eenplan.implementation.ProviderRecords;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * IMP-6: a coordinator assessed on the competence profile: when, and which competences were found.
 * Whether the date is not in the future is checked once, by {@link ProviderRecords}, in Dutch time.
 */
record AssessmentForm(
        @NotNull(message = "{assessment.coordinator.required}")
        UUID coordinatorId,

        @NotNull(message = "{assessment.assessedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate assessedOn,

        Set<Competence> competences) {

    static AssessmentForm empty() {
        return new AssessmentForm(null, null, EnumSet.noneOf(Competence.class));
    }

    Set<Competence> found() {
        return competences == null
                ? Set.of()
                : competences.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
