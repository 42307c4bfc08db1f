package nl.eenplan.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Extra days on which a municipality is closed although they are no public holiday (a bridge day
 * after Ascension Day, a local carnival Monday). {@link WorkingDays}' overloads that take a
 * municipality id skip them. {@link MunicipalClosingDays} keeps them in the database.
 */
@FunctionalInterface
public interface ClosingDays {

    /** The closing days of the municipality from {@code first} to {@code last}, both inclusive. */
    Set<LocalDate> between(UUID municipalityId, LocalDate first, LocalDate last);

    /** No closing days anywhere: for callers and tests that only need the national calendar. */
    static ClosingDays none() {
        return (municipalityId, first, last) -> Set.of();
    }
}
