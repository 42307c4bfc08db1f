package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One step an escalation went through: its owner (two managers at step 3), its start and terms,
 * and, once recorded, its outcome with the new agreements (E-1..E-4).
 */
public record EscalationStep(
        int number,
        UUID ownerAccountId,
        UUID secondOwnerAccountId,
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
        UUID outcomeBy,
        LocalDate outcomeOn) {

    public EscalationStep {
        Objects.requireNonNull(ownerAccountId, "ownerAccountId");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(commitmentDue, "commitmentDue");
    }

    /** A step that starts now with these owners and terms, without meeting or outcome. */
    static EscalationStep started(int number, StepOwners.Chosen owners, StepTerms terms) {
        return new EscalationStep(
                number,
                owners.owner(),
                owners.secondOwner(),
                terms.start(),
                terms.firstDue(),
                terms.commitmentDue(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    EscalationStep withOutcome(StepOutcome o, UUID by, LocalDate on) {
        return new EscalationStep(
                number,
                ownerAccountId,
                secondOwnerAccountId,
                startedOn,
                firstDue,
                commitmentDue,
                metOn,
                o.outcome(),
                o.agreements(),
                o.agreementDue(),
                o.intendedResult(),
                o.involvement(),
                o.note(),
                by,
                on);
    }

    EscalationStep withMeeting(LocalDate met, LocalDate commitmentDueAfterMeeting) {
        return new EscalationStep(
                number,
                ownerAccountId,
                secondOwnerAccountId,
                startedOn,
                firstDue,
                commitmentDueAfterMeeting,
                met,
                outcome,
                agreements,
                agreementDue,
                intendedResult,
                involvement,
                note,
                outcomeBy,
                outcomeOn);
    }

    public boolean ownedBy(UUID accountId) {
        return ownerAccountId.equals(accountId) || Objects.equals(secondOwnerAccountId, accountId);
    }

    public boolean decided() {
        return outcome != null;
    }

    /** The next day by which the owner must act; none once the outcome is recorded. */
    public LocalDate nextDue() {
        if (decided()) {
            return null;
        }
        if (firstDue != null && metOn == null && firstDue.isBefore(commitmentDue)) {
            return firstDue;
        }
        return commitmentDue;
    }

    public boolean overdueOn(LocalDate day) {
        var due = nextDue();
        return due != null && day.isAfter(due);
    }
}
