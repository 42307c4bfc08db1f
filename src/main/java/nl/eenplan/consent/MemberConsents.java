package nl.eenplan.consent;

import java.util.List;
import nl.eenplan.household.Member;

/** One household member on a day: their age, who must consent (C-1), and the consents about them. */
public record MemberConsents(Member member, int age, RequiredConsent required, List<ConsentLine> consents) {

    public MemberConsents {
        consents = List.copyOf(consents);
    }

    /** The consents that still hold or may hold: not withdrawn, not expired. */
    public List<ConsentLine> open() {
        return consents.stream().filter(l -> l.status().open()).toList();
    }
}
