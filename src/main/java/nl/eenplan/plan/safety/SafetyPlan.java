package nl.eenplan.plan.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household's safety plan (veiligheidsplan, PL-6), beside its support plan: started by a participant
 * because safety is at stake, possibly in answer to a step of the reporting code (C-6, {@code signalId}),
 * and ended when it no longer is; an ended one is kept as history.
 */
public record SafetyPlan(
        UUID id,
        UUID planId,
        UUID householdId,
        UUID startedBy,
        LocalDate startedOn,
        String reason,
        UUID signalId,
        LocalDate endedOn,
        UUID endedBy,
        String endReason,
        List<SafetyLine> lines) {

    public SafetyPlan {
        lines = List.copyOf(lines);
    }

    public boolean open() {
        return endedOn == null;
    }

    public List<SafetyLine> lines(SafetyLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    public List<SafetyLine> risks() {
        return lines(SafetyLine.Kind.RISK);
    }

    public List<SafetyLine> agreements() {
        return lines(SafetyLine.Kind.AGREEMENT);
    }

    public List<SafetyLine> watches() {
        return lines(SafetyLine.Kind.WATCH);
    }

    public List<SafetyLine> calls() {
        return lines(SafetyLine.Kind.CALL);
    }

    public List<SafetyLine> moments() {
        return lines(SafetyLine.Kind.MOMENT);
    }

    /** PL-6: whether an evaluation moment has passed without an evaluation. */
    public boolean evaluationOverdue(LocalDate today) {
        return lines.stream().anyMatch(l -> l.overdue(today));
    }

    /** only the agreements, watches and calls that name this participant. */
    public SafetyPlan naming(UUID participantId) {
        return new SafetyPlan(
                id,
                planId,
                householdId,
                null,
                null,
                "",
                null,
                endedOn,
                null,
                null,
                lines.stream()
                        .filter(l -> l.kind() == SafetyLine.Kind.AGREEMENT
                                || l.kind() == SafetyLine.Kind.WATCH
                                || l.kind() == SafetyLine.Kind.CALL)
                        .filter(l -> l.names(participantId))
                        .toList());
    }
}
