package nl.eenplan.escalation;

import java.util.UUID;

/**
 * G-4: a stagnation to signal: which agreement (action) is not kept and by whom (a participant it
 * is assigned to), an optional note, and for a household or network member the follow-up the
 * coordinator chose.
 */
public record NewStagnation(UUID actionId, UUID participantId, String note, String followUp) {

    public NewStagnation {
        if (actionId == null || participantId == null) {
            throw new EscalationRefused("escalation.signal.agreementRequired");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        followUp = followUp == null || followUp.isBlank() ? null : followUp.strip();
    }
}
