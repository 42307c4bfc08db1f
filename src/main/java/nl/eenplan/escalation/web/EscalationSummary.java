package nl.eenplan.escalation.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.escalation.Escalation;

/**
 * An escalation of a household in the JSON API, as the household's escalation page lists it: the
 * agreement not kept, the professional, the step (or the day it closed) and since when.
 */
record EscalationSummary(
        UUID id,
        String agreement,
        String professional,
        int currentStep,
        LocalDate startedOn,
        boolean open,
        LocalDate closedOn,
        String href) {

    static EscalationSummary of(Escalation e) {
        return new EscalationSummary(
                e.id(),
                e.actionWhat(),
                e.parties().professionalName(),
                e.currentStep(),
                e.startedOn(),
                e.open(),
                e.closedOn(),
                href(e));
    }

    static String href(Escalation e) {
        return "/api/v1/households/" + e.householdId() + "/escalations/" + e.id();
    }
}
