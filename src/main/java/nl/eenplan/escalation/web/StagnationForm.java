package nl.eenplan.escalation.web;

import java.util.List;
import java.util.UUID;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.escalation.SignallableAgreement;

/**
 * G-4: the stagnation form. {@code agreement} names the action and the participant in one choice,
 * as {@code <action id>/<participant id>}.
 */
record StagnationForm(String agreement, String note, String followUp) {

    static StagnationForm empty() {
        return new StagnationForm(null, null, null);
    }

    /** The form with the first agreement of this action chosen, as a prompt's link asks. */
    static StagnationForm about(UUID actionId, List<SignallableAgreement> agreements) {
        return agreements.stream()
                .filter(a -> a.actionId().equals(actionId))
                .findFirst()
                .map(a -> new StagnationForm(value(a), null, null))
                .orElse(empty());
    }

    static String value(SignallableAgreement a) {
        return a.actionId() + "/" + a.participantId();
    }

    NewStagnation toSignal() {
        var parts = agreement == null ? new String[0] : agreement.split("/");
        return new NewStagnation(uuid(parts, 0), uuid(parts, 1), note, followUp);
    }

    private static UUID uuid(String[] parts, int index) {
        try {
            return parts.length == 2 ? UUID.fromString(parts[index]) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
