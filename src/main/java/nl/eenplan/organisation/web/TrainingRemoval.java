package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotNull;
import nl.eenplan.organisation.TrainingKind;

/** IMP-5: a training record to take away, with the account version the administrator saw. */
record TrainingRemoval(@NotNull TrainingKind kind, @NotNull Integer version) {}
