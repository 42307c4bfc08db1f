package nl.eenplan.consent;

import java.util.UUID;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;

/** A participant looking at the consents of a household: an active professional or a household member. */
public record ConsentViewer(UUID accountId, Participant participant) {

    public boolean professional() {
        return participant.kind() == ParticipantKind.PROFESSIONAL;
    }

    /** The household member this viewer is, or {@code null} for a professional. */
    public UUID memberId() {
        return participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER ? participant.memberId() : null;
    }
}
