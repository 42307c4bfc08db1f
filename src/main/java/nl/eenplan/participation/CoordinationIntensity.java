package nl.eenplan.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * whether a household's coordination is intensive, as the access team decided, with the
 * agreed effort (hours per week from one date until another) and how it is funded. Version 0: never
 * decided, so not intensive.
 */
public record CoordinationIntensity(
        UUID householdId,
        int version,
        boolean intensive,
        Integer hoursPerWeek,
        LocalDate startsOn,
        LocalDate endsOn,
        IntensiveFunding funding,
        String fundingNote,
        UUID decidedBy,
        Instant decidedAt) {

    public static CoordinationIntensity none(UUID householdId) {
        return new CoordinationIntensity(householdId, 0, false, null, null, null, null, null, null, null);
    }
}
