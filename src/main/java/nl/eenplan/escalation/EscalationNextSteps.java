package nl.eenplan.escalation;

import java.util.List;
import nl.eenplan.home.NextStep;
import nl.eenplan.home.NextStepSource;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * E-2..E-4: the open escalations a manager or municipal contact point oversees, on their start page;
 * read and logged as the overview logs them. Those who own a step see its term through the deadlines.
 */
@Component
class EscalationNextSteps implements NextStepSource {

    private final EscalationParties parties;
    private final EscalationReading reading;
    private final StagnationSignals signals;

    EscalationNextSteps(EscalationParties parties, EscalationReading reading, StagnationSignals signals) {
        this.parties = parties;
        this.reading = reading;
        this.signals = signals;
    }

    @Override
    public List<NextStep> nextStepsFor(AccountPrincipal person) {
        if (person.kind() != AccountKind.STAFF || !parties.overseer(person.id()).oversees()) {
            return List.of();
        }
        return reading.overview(person.id(), signals.today()).stream()
                .filter(row -> row.listing().escalation().open())
                .map(row -> {
                    var e = row.listing().escalation();
                    return new NextStep(
                            "home.next.escalation",
                            "",
                            row.listing().household(),
                            row.nextDue(),
                            row.overdue(),
                            "/households/" + e.householdId() + "/escalations/" + e.id());
                })
                .toList();
    }
}
