package nl.eenplan.escalation.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.home.FieldRules;

/**
 * G-4: {@code POST .../escalations}: the agreement (action) not kept and the participant it is assigned
 * to, an optional note, and for a household or network member the coordinator's follow-up.
 */
record SignalRequest(
        UUID actionId,
        UUID participantId,

        @Size(max = FieldRules.TEXT, message = "{escalation.api.textTooLong}")
        @Pattern(regexp = EscalationTexts.TEXT, message = "{escalation.api.textUnreadable}")
        String note,

        @Size(max = FieldRules.TEXT, message = "{escalation.api.textTooLong}")
        @Pattern(regexp = EscalationTexts.TEXT, message = "{escalation.api.textUnreadable}")
        String followUp) {

    NewStagnation toSignal() {
        return new NewStagnation(actionId, participantId, note, followUp);
    }
}
