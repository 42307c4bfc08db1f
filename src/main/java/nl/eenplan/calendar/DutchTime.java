package nl.eenplan.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time EenPlan lives in: the Netherlands'. What day it is, when a deadline falls and how a
 * moment is shown are all in this zone, whatever the zone of the machine.
 */
public final class DutchTime {

    /** Europe/Amsterdam: the one home of EenPlan's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {}

    /** Today in the Netherlands by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
