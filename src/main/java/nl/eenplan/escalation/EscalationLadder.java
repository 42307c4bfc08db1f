package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;

/**
 * The rules of the stagnation ladder (E-1..E-4), with the steps and terms of one municipality. The
 * ladder goes up one step at a time, and only after the current step ended without commitment; a
 * step is never skipped. It goes down (back to the coordinator) after a commitment, or at step 4
 * when the municipal contact point, who has the mandate, has recorded what happens.
 *
 * <p>Terms count the municipality's closing days as well as the Dutch public holidays.
 */
public record EscalationLadder(List<LadderStep> steps) {

    /** The last step: the municipal contact point (E-4). */
    public static final int TOP = 4;

    public EscalationLadder {
        steps = List.copyOf(steps);
        if (steps.size() != TOP) {
            throw new IllegalArgumentException("a ladder has " + TOP + " steps");
        }
        for (int i = 0; i < TOP; i++) {
            if (steps.get(i).number() != i + 1) {
                throw new IllegalArgumentException("the steps are numbered 1 to " + TOP + " in order");
            }
        }
        if (steps.getLast().owner() != StepOwner.CONTACT_POINT) {
            throw new IllegalArgumentException("E-4: the ladder ends at the municipal contact point");
        }
    }

    /**
     * The method's ladder (E-1..E-4): a bilateral talk and the coordinator's own manager with five
     * working days each; the managers meet within two weeks and commit within five working days
     * after that (E-3); the contact point records within one week and commitment follows within
     * five working days (E-4).
     */
    public static EscalationLadder standard() {
        return new EscalationLadder(List.of(
                new LadderStep(1, StepOwner.COORDINATOR, null, 5, false),
                new LadderStep(2, StepOwner.COORDINATOR, null, 5, false),
                new LadderStep(3, StepOwner.MANAGERS, 14, 5, true),
                new LadderStep(4, StepOwner.CONTACT_POINT, 7, 5, false)));
    }

    public LadderStep step(int number) {
        if (number < 1 || number > TOP) {
            throw new EscalationRefused("escalation.refused.top");
        }
        return steps.get(number - 1);
    }

    /** The terms of a step that starts on this day in this municipality. */
    public StepTerms termsOf(int number, UUID municipalityId, LocalDate start, WorkingDays days) {
        var step = step(number);
        var firstDue =
                step.hasFirstTerm() ? days.dueAfterCalendarDays(municipalityId, start, step.firstTermDays()) : null;
        var commitmentFrom = step.commitmentAfterFirstTerm() ? firstDue : start;
        return new StepTerms(
                start, firstDue, days.addWorkingDays(municipalityId, commitmentFrom, step.commitmentWorkingDays()));
    }

    /** E-3: once the managers have met, commitment is due that many working days after the meeting. */
    public LocalDate commitmentAfterMeeting(int number, UUID municipalityId, LocalDate metOn, WorkingDays days) {
        return days.addWorkingDays(municipalityId, metOn, step(number).commitmentWorkingDays());
    }

    /** Whether the outcome may be recorded on the current step, and has what this step needs. */
    public void checkOutcome(Escalation escalation, StepOutcome outcome) {
        requireOpen(escalation);
        if (escalation.current().decided()) {
            throw new EscalationRefused("escalation.refused.outcomeRecorded");
        }
        if (outcome.outcome() == null) {
            throw new EscalationRefused("escalation.outcome.required");
        }
        // E-4: the contact point records which actions, which result and which deadline, whatever the commitment.
        var contactPoint = step(escalation.currentStep()).owner() == StepOwner.CONTACT_POINT;
        if (outcome.outcome() == Outcome.COMMITMENT || contactPoint) {
            if (outcome.agreements() == null) {
                throw new EscalationRefused("escalation.outcome.agreementsRequired");
            }
            if (outcome.agreementDue() == null) {
                throw new EscalationRefused("escalation.outcome.agreementDueRequired");
            }
            if (outcome.agreementDue().isBefore(escalation.current().startedOn())) {
                throw new EscalationRefused("escalation.outcome.agreementDueBeforeStart");
            }
        }
        if (contactPoint && outcome.intendedResult() == null) {
            throw new EscalationRefused("escalation.outcome.intendedResultRequired");
        }
        if (contactPoint && outcome.involvement() == null) {
            throw new EscalationRefused("escalation.outcome.involvementRequired");
        }
    }

    /** E-3: the managers record that they met, before their outcome. */
    public void checkMeeting(Escalation escalation, LocalDate metOn, LocalDate today) {
        requireOpen(escalation);
        if (step(escalation.currentStep()).owner() != StepOwner.MANAGERS) {
            throw new EscalationRefused("escalation.refused.noMeeting");
        }
        if (escalation.current().decided()) {
            throw new EscalationRefused("escalation.refused.outcomeRecorded");
        }
        if (metOn == null) {
            throw new EscalationRefused("escalation.meeting.dateRequired");
        }
        if (metOn.isBefore(escalation.current().startedOn()) || metOn.isAfter(today)) {
            throw new EscalationRefused("escalation.meeting.dateOutside");
        }
    }

    /**
     * E-2..E-4: up one step, only when the current step ended without commitment. Asking for any
     * other step than the next one is refused: a step cannot be skipped.
     */
    public void checkRaise(Escalation escalation, int toStep) {
        requireOpen(escalation);
        if (escalation.currentStep() == TOP) {
            throw new EscalationRefused("escalation.refused.top");
        }
        if (toStep > escalation.currentStep() + 1) {
            throw new EscalationRefused("escalation.refused.skip");
        }
        if (toStep <= escalation.currentStep()) {
            throw new EscalationRefused("escalation.refused.notHigher");
        }
        var outcome = escalation.current().outcome();
        if (outcome == null) {
            throw new EscalationRefused("escalation.refused.outcomeFirst");
        }
        if (outcome == Outcome.COMMITMENT) {
            throw new EscalationRefused("escalation.refused.committed");
        }
    }

    /**
     * E-4: back to the coordinator after a commitment on any step, or at the last step by the
     * contact point once it recorded what happens (the mandate forces a decision).
     */
    public void checkDeEscalation(Escalation escalation, boolean byContactPoint) {
        requireOpen(escalation);
        var current = escalation.current();
        if (current.outcome() == Outcome.COMMITMENT) {
            return;
        }
        var atContactPoint = step(escalation.currentStep()).owner() == StepOwner.CONTACT_POINT;
        if (atContactPoint && !current.decided()) {
            throw new EscalationRefused("escalation.refused.recordFirst");
        }
        if (!(atContactPoint && byContactPoint)) {
            throw new EscalationRefused("escalation.refused.needsCommitment");
        }
    }

    private static void requireOpen(Escalation escalation) {
        if (escalation.closed()) {
            throw new EscalationRefused("escalation.refused.closed");
        }
    }
}
