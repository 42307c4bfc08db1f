package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.WorkingDays;

/**
 * The stagnation ladder (E-1..E-4) of one municipality: who owns each step and its terms, the one
 * home of those terms. An {@link Escalation} climbs it by its own transitions.
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
}
