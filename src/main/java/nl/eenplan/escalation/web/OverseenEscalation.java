package nl.eenplan.escalation.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.escalation.OverviewRow;

/**
 * E-2..E-4: an escalation in the overview of a manager or municipal contact point, as the overview
 * page shows it: the household, the agreement, the step, and for an open one its age in working days,
 * its next term and whether that passed; for a closed one the day it closed.
 */
record OverseenEscalation(
        UUID id,
        UUID householdId,
        String household,
        String agreement,
        int currentStep,
        boolean open,
        LocalDate startedOn,
        LocalDate closedOn,
        Integer ageInWorkingDays,
        LocalDate nextDue,
        boolean overdue,
        String href) {

    static OverseenEscalation of(OverviewRow row) {
        var e = row.listing().escalation();
        return new OverseenEscalation(
                e.id(),
                e.householdId(),
                row.listing().household(),
                e.actionWhat(),
                e.currentStep(),
                e.open(),
                e.startedOn(),
                e.closedOn(),
                e.open() ? row.ageInWorkingDays() : null,
                row.nextDue(),
                row.overdue(),
                EscalationSummary.href(e));
    }
}
