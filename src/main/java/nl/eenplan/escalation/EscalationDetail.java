package nl.eenplan.escalation;

import java.util.Map;
import java.util.UUID;

/**
 * One escalation as a party sees it (E-1..E-5): the steps with owners and terms, the agreement
 * concerned and the names, never the plan itself; with the candidates for the next step's owners.
 *
 * @param people the names of the step owners, by account
 */
public record EscalationDetail(
        String household,
        EscalationVisitor visitor,
        Escalation escalation,
        EscalationLadder ladder,
        Map<UUID, String> people,
        String coordinatorOrganisation,
        String professionalOrganisation,
        StepOwnerCandidates next) {

    public StepOwner currentOwner() {
        return ladder.step(escalation.currentStep()).owner();
    }

    public boolean mayRecordOutcome() {
        return escalation.open() && !escalation.current().decided() && visitor.mayRecordOutcome(escalation);
    }

    /** E-3: the managers record their meeting while their step has no outcome yet. */
    public boolean mayRecordMeeting() {
        return mayRecordOutcome()
                && currentOwner() == StepOwner.MANAGERS
                && escalation.current().metOn() == null;
    }

    public boolean mayRaise() {
        return escalation.open()
                && next != null
                && escalation.current().outcome() == Outcome.NO_COMMITMENT
                && visitor.mayRaise(escalation);
    }

    public boolean mayDeEscalate() {
        if (!escalation.open() || !visitor.mayDeEscalate(escalation, currentOwner())) {
            return false;
        }
        var outcome = escalation.current().outcome();
        return outcome == Outcome.COMMITMENT || (outcome != null && currentOwner() == StepOwner.CONTACT_POINT);
    }
}
