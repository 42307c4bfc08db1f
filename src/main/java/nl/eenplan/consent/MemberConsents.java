package nl.eenplan.consent;

import java.util.List;
import nl.eenplan.household.Member;

/**
 * One household member on a day: their age, who must consent (C-1), and the consents about them.
 * {@code covered} false: the viewer, a professional without consent about this member, sees only his name
 * and who must consent, so that he can ask for it (C-1, X-1; see {@link ConsentDisclosure}).
 */
public record MemberConsents(
        Member member, int age, RequiredConsent required, List<ConsentLine> consents, boolean covered) {

    public MemberConsents {
        consents = List.copyOf(consents);
    }

    /** What a professional without consent about this member sees: name and who must consent. */
    MemberConsents uncovered() {
        var bare = new Member(
                member.id(),
                member.givenName(),
                member.familyName(),
                null,
                null,
                null,
                member.livesAtAddress(),
                null,
                null);
        return new MemberConsents(bare, -1, required, List.of(), false);
    }

    /** The consents that still hold or may hold: not withdrawn, not expired. */
    public List<ConsentLine> open() {
        return consents.stream().filter(l -> l.status().open()).toList();
    }
}
