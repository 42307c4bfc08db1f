package nl.eenplan.audit;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One line of a household's access log as the household reads it: when (Dutch time; {@code
 * first} and {@code last} differ when the same person did the same thing several times in a row), who,
 * ({@code eenplan} when EenPlan itself acted, without an account), what they did, about which member (null for the household as a whole) and on which basis (null when
 * none was recorded), all in words.
 */
public record AccessLogLine(
        ZonedDateTime first,
        ZonedDateTime last,
        int times,
        LogPerson who,
        boolean eenplan,
        boolean you,
        String what,
        String about,
        String basis) {

    /** The same line, once more at an earlier moment. */
    AccessLogLine andEarlier(ZonedDateTime earlier) {
        return new AccessLogLine(earlier, last, times + 1, who, eenplan, you, what, about, basis);
    }

    /** Whether this line tells the same as the other: same person, same action, same member, same basis. */
    boolean sameAs(AccessLogLine other) {
        return Objects.equals(who, other.who)
                && eenplan == other.eenplan
                && you == other.you
                && what.equals(other.what)
                && Objects.equals(about, other.about)
                && Objects.equals(basis, other.basis)
                && first.toLocalDate().equals(other.first.toLocalDate());
    }
}
