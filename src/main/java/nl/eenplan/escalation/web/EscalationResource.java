package nl.eenplan.escalation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.escalation.Escalation;
import nl.eenplan.escalation.EscalationDetail;
import nl.eenplan.escalation.EscalationStep;
import nl.eenplan.escalation.Involvement;
import nl.eenplan.escalation.Outcome;
import nl.eenplan.escalation.StepOwner;
import nl.eenplan.escalation.StepOwnerCandidates;

/**
 * One escalation in the JSON API (E-1..E-5) as its page shows it to this person: the agreement not
 * kept, the coordinator and professional, every step with its owners, terms and outcome, what this
 * person may do now and, when he may raise it, who could own the next step. Never the plan itself.
 */
record EscalationResource(
        UUID id,
        UUID householdId,
        String household,
        String agreement,
        Party coordinator,
        Party professional,
        int currentStep,
        StepOwner currentOwner,
        LocalDate startedOn,
        boolean open,
        LocalDate closedOn,
        Boolean agreementsInPlan,
        List<StepResource> steps,
        Allowed may,
        NextStep next) {

    /** A party of the escalation: a name, and the organisation where he works, if any. */
    record Party(String name, String organisation) {}

    /** A step of the ladder: who owns it, its terms and, once recorded, how it ended. */
    record StepResource(
            int number,
            StepOwner ownedBy,
            List<String> owners,
            LocalDate startedOn,
            LocalDate firstDue,
            LocalDate commitmentDue,
            LocalDate metOn,
            Outcome outcome,
            String agreements,
            LocalDate agreementDue,
            String intendedResult,
            Involvement involvement,
            String note,
            LocalDate outcomeOn) {}

    /** What this person may do with the escalation now, as the page offers its forms. */
    record Allowed(boolean recordOutcome, boolean recordMeeting, boolean raise, boolean deEscalate) {}

    /** E-2..E-4: the step to raise to, and who could own it (the first of each list when none is chosen). */
    record NextStep(
            int toStep,
            StepOwner ownedBy,
            List<StepOwnerCandidates.Person> owners,
            List<StepOwnerCandidates.Person> secondOwners) {}

    static EscalationResource of(EscalationDetail detail) {
        var e = detail.escalation();
        var parties = e.parties();
        return new EscalationResource(
                e.id(),
                e.householdId(),
                detail.household(),
                e.actionWhat(),
                new Party(parties.coordinatorName(), detail.coordinatorOrganisation()),
                new Party(parties.professionalName(), detail.professionalOrganisation()),
                e.currentStep(),
                detail.currentOwner(),
                e.startedOn(),
                e.open(),
                e.closedOn(),
                e.closed() ? e.planActionId() != null : null,
                e.steps().stream().map(s -> step(detail, s)).toList(),
                new Allowed(
                        detail.mayRecordOutcome(),
                        detail.mayRecordMeeting(),
                        detail.mayRaise(),
                        detail.mayDeEscalate()),
                next(detail, e));
    }

    private static StepResource step(EscalationDetail detail, EscalationStep s) {
        return new StepResource(
                s.number(),
                detail.ladder().step(s.number()).owner(),
                owners(detail.people(), s),
                s.startedOn(),
                s.firstDue(),
                s.commitmentDue(),
                s.metOn(),
                s.outcome(),
                s.agreements(),
                s.agreementDue(),
                s.intendedResult(),
                s.involvement(),
                s.note(),
                s.outcomeOn());
    }

    private static List<String> owners(Map<UUID, String> people, EscalationStep s) {
        return s.secondOwnerAccountId() == null
                ? List.of(people.getOrDefault(s.ownerAccountId(), ""))
                : List.of(
                        people.getOrDefault(s.ownerAccountId(), ""), people.getOrDefault(s.secondOwnerAccountId(), ""));
    }

    private static NextStep next(EscalationDetail detail, Escalation e) {
        if (!detail.mayRaise()) {
            return null;
        }
        var next = detail.next();
        return new NextStep(
                e.currentStep() + 1, next.owner(), next.first(), next.needsSecond() ? next.second() : List.of());
    }
}
