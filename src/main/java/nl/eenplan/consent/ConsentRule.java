package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.eenplan.household.Member;
import org.springframework.stereotype.Component;

/**
 * C-1, the age rule: who must consent before information about a household member is shared. Those
 * with parental authority (gezag) for a child under 12; they and the youth from 12 to 15; the youth
 * alone from 16; an adult (from {@link Member#ADULT_FROM}) for himself, and only about himself. The one
 * home of the ages of C-1.
 */
@Component
public class ConsentRule {

    /** C-1: from this age the youth consents too. */
    public static final int YOUTH_CONSENTS_FROM = 12;

    /** C-1: from this age the youth consents alone. */
    public static final int YOUTH_ALONE_FROM = 16;

    /** Who must consent to sharing information about {@code subject} on {@code day}. */
    public RequiredConsent requiredFor(Member subject, LocalDate day) {
        var age = subject.ageOn(day);
        if (subject.adultOn(day)) {
            // C-1: an adult consents for himself, never for other members.
            return new RequiredConsent(subject.id(), RequiredConsent.Ground.ADULT, Set.of(subject.id()));
        }
        if (age >= YOUTH_ALONE_FROM) {
            // C-1: from 16 the youth consents alone.
            return new RequiredConsent(subject.id(), RequiredConsent.Ground.YOUTH_FROM_16, Set.of(subject.id()));
        }
        var authority = subject.authorityHolderIds();
        if (authority.isEmpty()) {
            // C-1: only those with parental authority consent for a minor; without it nobody can.
            return new RequiredConsent(subject.id(), RequiredConsent.Ground.NO_AUTHORITY_RECORDED, Set.of());
        }
        if (age >= YOUTH_CONSENTS_FROM) {
            var both = new HashSet<>(authority);
            both.add(subject.id());
            return new RequiredConsent(subject.id(), RequiredConsent.Ground.YOUTH_12_TO_15, both);
        }
        return new RequiredConsent(subject.id(), RequiredConsent.Ground.CHILD_UNDER_12, authority);
    }
}
