package nl.eenplan.plan.safety;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a safety plan (PL-6): a risk (what could go wrong, {@code who}: for whom), an agreement to
 * keep everyone safe (what, who), a signal someone watches (what, by whom), whom to call when (what: the
 * situation, who, phone) or an evaluation moment (due, and once evaluated: when, the outcome, by whom).
 * {@code participantId} names a participant of the team the line is about (X-5: a network member sees
 * the agreements, watches and calls that name him).
 */
public record SafetyLine(
        UUID id,
        Kind kind,
        String what,
        String who,
        UUID participantId,
        String phone,
        LocalDate dueOn,
        LocalDate evaluatedOn,
        String outcome,
        UUID evaluatedBy) {

    /** The kinds of lines, in the order the safety plan shows them. */
    public enum Kind {
        RISK,
        AGREEMENT,
        WATCH,
        CALL,
        MOMENT
    }

    /** Whether this line names this participant. */
    public boolean names(UUID participant) {
        return participant != null && participant.equals(participantId);
    }

    public boolean evaluated() {
        return evaluatedOn != null;
    }

    /** PL-6: an evaluation moment whose day has passed without an evaluation. */
    public boolean overdue(LocalDate today) {
        return kind == Kind.MOMENT && !evaluated() && dueOn != null && dueOn.isBefore(today);
    }
}
