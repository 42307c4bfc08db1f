package nl.eenplan.meeting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.plan.NewAction;

/**
 * M-4: a decision as the minute taker writes it down. A goal needs its title ({@code text}); an
 * action needs what is done ({@code text}), who does it, a target date, and the goal it serves: an
 * open goal of the plan ({@code goalId}) or a new one ({@code newGoalTitle}); an agreement needs
 * only its text.
 */
public record NewDecision(
        DecisionKind kind,
        String text,
        UUID goalId,
        String newGoalTitle,
        Set<UUID> participantIds,
        LocalDate startDate,
        LocalDate targetDate,
        LocalDate evaluationDate) {

    public NewDecision {
        if (kind == null || kind == DecisionKind.COORDINATOR) {
            throw new RoundTableRefused("meeting.decision.kindRequired", "kind");
        }
        if (text == null || text.isBlank()) {
            throw new RoundTableRefused("meeting.decision.textRequired", "text");
        }
        text = text.strip();
        newGoalTitle = newGoalTitle == null || newGoalTitle.isBlank() ? null : newGoalTitle.strip();
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
        if (kind == DecisionKind.ACTION && goalId == null && newGoalTitle == null) {
            throw new RoundTableRefused("meeting.decision.goalRequired", "goal");
        }
    }

    /**
     * G-2: the action for the plan; it starts on {@code defaultStart} unless another start was given,
     * and is evaluated on its target date unless another moment was given. The plan's own rules
     * (who, what, dates in order) refuse what is missing.
     */
    public NewAction action(LocalDate defaultStart) {
        var start = startDate != null ? startDate : defaultStart;
        return new NewAction(
                text, participantIds, start, targetDate, evaluationDate != null ? evaluationDate : targetDate);
    }
}
