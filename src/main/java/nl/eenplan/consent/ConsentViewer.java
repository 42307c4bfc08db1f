package nl.eenplan.consent;

import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;

/** A participant looking at the consents of a household: an active professional or a household member. */
public record ConsentViewer(UUID accountId, Participant participant) {

    public boolean professional() {
        return participant.kind() == ParticipantKind.PROFESSIONAL;
    }

    /** What this viewer's reads and changes rest on (X-1, NEN 7513): taking part in the household's team. */
    public AccessBasis accessBasis() {
        return AccessBasis.participation(participant.id());
    }

    /**
     * What a change about this member rests on (X-1, C-1): the member himself ({@code self}), a parent
     * acting for a child ({@code parental_authority:<own member id>}), or, for a professional, taking part.
     */
    public AccessBasis accessBasisAbout(UUID subjectId) {
        var me = memberId();
        if (me == null) {
            return accessBasis();
        }
        return me.equals(subjectId) ? AccessBasis.self() : AccessBasis.parentalAuthority(me);
    }

    /** The household member this viewer is, or {@code null} for a professional. */
    public UUID memberId() {
        return participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER ? participant.memberId() : null;
    }
}
