package nl.eenplan.implementation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.eenplan.organisation.TrainingKind;

/** IMP-5: what the training API is sent, checked as the page's form is. */
final class TrainingRequests {

    private TrainingRequests() {}

    /** A completed training to record. */
    record NewTraining(
            @NotNull(message = "{training.kind.required}") TrainingKind kind,

            @NotNull(message = "{training.completedOn.required}")
            @PastOrPresent(message = "{training.completedOn.future}")
            LocalDate completedOn) {}

    /** The date a training was completed. */
    record TrainingDate(
            @NotNull(message = "{training.completedOn.required}")
            @PastOrPresent(message = "{training.completedOn.future}")
            LocalDate completedOn) {}
}
