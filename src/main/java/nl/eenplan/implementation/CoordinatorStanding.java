package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.UUID;

/** IMP-4, IMP-5, IMP-6: one coordinator (professional) of a provider: his trainings and his assessment. */
public record CoordinatorStanding(
        UUID accountId, String name, boolean basicTraining, boolean chairing, LocalDate assessedOn) {

    /** trained for intensive coordination. */
    public boolean trainedForIntensive() {
        return basicTraining && chairing;
    }
}
