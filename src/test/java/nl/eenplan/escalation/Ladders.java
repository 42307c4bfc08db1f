package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.HolidayPolicy;
import nl.eenplan.calendar.WorkingDays;

/** Escalations on the ladder, built in the words of the method, for the tests of its rules. */
final class Ladders {

    static final UUID COORDINATOR = UUID.randomUUID();
    static final UUID CONTACT_POINT = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2027, 3, 1);

    private Ladders() {}

    /** A calendar with Dutch public holidays and these closing days of these municipalities. */
    static WorkingDays calendar(Map<UUID, Set<LocalDate>> closingDays) {
        return WorkingDays.of(
                HolidayPolicy.DEFAULT,
                (municipality, first, last) -> closingDays.getOrDefault(municipality, Set.of()).stream()
                        .filter(day -> !day.isBefore(first) && !day.isAfter(last))
                        .collect(Collectors.toSet()));
    }

    /** An open escalation at this step; the earlier steps ended without commitment. */
    static Escalation at(int step, Outcome outcomeOfCurrent) {
        var steps = new ArrayList<EscalationStep>();
        for (int n = 1; n <= step; n++) {
            var owner = n == 4 ? CONTACT_POINT : COORDINATOR;
            steps.add(step(n, owner, n < step ? Outcome.NO_COMMITMENT : outcomeOfCurrent));
        }
        return escalation(steps, false);
    }

    static Escalation closed() {
        return escalation(List.of(step(1, COORDINATOR, Outcome.COMMITMENT)), true);
    }

    private static EscalationStep step(int n, UUID owner, Outcome outcome) {
        var started = EscalationStep.started(
                n, new StepOwners.Chosen(owner, null), new StepTerms(START, null, START.plusDays(7)));
        if (outcome == null) {
            return started;
        }
        var commitment = outcome == Outcome.COMMITMENT;
        return started.withOutcome(
                new StepOutcome(
                        outcome,
                        commitment ? "Bellen voor vrijdag" : null,
                        commitment ? START.plusDays(10) : null,
                        null,
                        null,
                        null),
                owner,
                START.plusDays(3));
    }

    private static Escalation escalation(List<EscalationStep> steps, boolean closed) {
        return new Escalation(
                UUID.randomUUID(),
                0,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Aanvraag schuldhulp indienen",
                new Escalation.Parties(
                        UUID.randomUUID(),
                        COORDINATOR,
                        "Hanna Hulp",
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "Peter Traag",
                        UUID.randomUUID()),
                null,
                steps.size(),
                START,
                closed ? new Escalation.Ending(START.plusDays(5), COORDINATOR, null) : null,
                steps);
    }

    static StepOutcome commitment() {
        return new StepOutcome(Outcome.COMMITMENT, "Peter belt het gezin", START.plusDays(10), null, null, null);
    }

    static StepOutcome noCommitment() {
        return new StepOutcome(Outcome.NO_COMMITMENT, null, null, null, null, "Peter reageert niet");
    }
}
