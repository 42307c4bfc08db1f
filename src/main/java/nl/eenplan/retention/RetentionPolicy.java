package nl.eenplan.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.eenplan.household.Member;

/**
 * the rules of keeping and destroying a youth-care file (Jeugdwet 7.3.8, 7.3.9). The file is kept
 * for {@link #KEPT} after care ended and destroyed on the day that period is over; earlier destruction
 * may be asked by a youth of {@link #YOUTH_ASKS_FROM} or older, or by a parent with parental authority.
 */
final class RetentionPolicy {

    /** youth-care files are kept 20 years after care ends. */
    static final Period KEPT = Period.ofYears(20);

    /** from this age a youth may ask for earlier destruction himself. */
    static final int YOUTH_ASKS_FROM = 12;

    private RetentionPolicy() {}

    /** The first day the file may no longer be kept: twenty years after the day care ended. */
    static LocalDate destroyOn(LocalDate careEndedOn) {
        return careEndedOn.plus(KEPT);
    }

    /** Whether the file is due for destruction on {@code today}: never a day before its twenty years. */
    static boolean due(LocalDate careEndedOn, LocalDate today) {
        return !today.isBefore(destroyOn(careEndedOn));
    }

    /** The last day care may have ended for the file to be due {@code today}. */
    static LocalDate endedNoLaterThan(LocalDate today) {
        return today.minus(KEPT);
    }

    /**
     * on what ground this member may ask for earlier destruction of the household's file: as a
     * youth of 12 to 17, or as a parent with parental authority over a minor of the household; empty
     * for anyone else (other adults, younger children, an expected child).
     */
    static Optional<Entitlement> entitlement(Member requester, List<Member> household, LocalDate today) {
        var age = requester.ageOn(today);
        if (age >= YOUTH_ASKS_FROM && !requester.adultOn(today)) {
            return Optional.of(Entitlement.YOUTH);
        }
        var parent = household.stream()
                .filter(child -> !child.adultOn(today))
                .anyMatch(child -> child.authorityHolderIds().contains(requester.id()));
        return parent ? Optional.of(Entitlement.PARENT) : Optional.empty();
    }

    /** on which ground earlier destruction was asked. */
    enum Entitlement {
        YOUTH,
        PARENT
    }
}
