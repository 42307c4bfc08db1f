package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.calendar.WorkingDays;

/**
 * A professional's stagnation on the ladder (E-1..E-4): the agreement (action) not kept, the
 * coordinator and the professional as they were when it started, the steps so far and whether it
 * was handed back to the coordinator. Names are kept as they were, so the history stays readable.
 *
 * <p>The escalation checks and makes its own transitions against its municipality's {@link
 * EscalationLadder}: each returns the escalation after it with the event it causes, which {@link
 * Escalations} stores. It goes up one step at a time, and only after the current step ended
 * without commitment; a step is never skipped. It goes down (back to the coordinator) after a
 * commitment, or at step 4 when the municipal contact point, who has the mandate, recorded what
 * happens.
 */
public record Escalation(
        UUID id,
        int version,
        UUID householdId,
        UUID municipalityId,
        UUID actionId,
        UUID goalId,
        String actionWhat,
        Parties parties,
        UUID contactPointParticipantId,
        int currentStep,
        LocalDate startedOn,
        Ending ending,
        List<EscalationStep> steps) {

    /** Who the escalation is about: the coordinator who leads it and the professional concerned. */
    public record Parties(
            UUID coordinatorId,
            UUID coordinatorAccountId,
            String coordinatorName,
            UUID coordinatorOrganisationId,
            UUID professionalId,
            String professionalName,
            UUID professionalOrganisationId) {

        public Parties {
            Objects.requireNonNull(coordinatorId, "coordinatorId");
            Objects.requireNonNull(coordinatorAccountId, "coordinatorAccountId");
            Objects.requireNonNull(professionalId, "professionalId");
            Objects.requireNonNull(professionalOrganisationId, "professionalOrganisationId");
        }
    }

    /** The hand-back (E-4): when, by whom, and the plan action the new agreements became, if any. */
    public record Ending(LocalDate on, UUID by, UUID planActionId) {

        public Ending {
            Objects.requireNonNull(on, "on");
        }
    }

    public Escalation {
        Objects.requireNonNull(parties, "parties");
        steps = List.copyOf(steps);
        if (steps.size() != currentStep) {
            throw new IllegalArgumentException("an escalation has one step for every rung it climbed");
        }
    }

    /**
     * E-1: the agreement was not kept by the professional; the ladder starts at step 1, the
     * coordinator's bilateral talk, with the terms of the municipality's ladder from today.
     */
    public static EscalationChange start(
            UUID householdId,
            UUID municipalityId,
            SignalledAgreement agreement,
            Parties parties,
            EscalationLadder ladder,
            WorkingDays days,
            LocalDate today) {
        var first = EscalationStep.started(
                1,
                new StepOwners.Chosen(parties.coordinatorAccountId(), null),
                ladder.termsOf(1, municipalityId, today, days));
        var escalation = new Escalation(
                UUID.randomUUID(),
                0,
                householdId,
                municipalityId,
                agreement.actionId(),
                agreement.goalId(),
                agreement.what(),
                parties,
                null,
                1,
                today,
                null,
                List.of(first));
        return new EscalationChange(
                escalation, new EscalationStarted(escalation.id, householdId, municipalityId, today));
    }

    /** The agreement (action) a stagnation was signalled about, as the plan had it. */
    public record SignalledAgreement(UUID actionId, UUID goalId, String what) {}

    /** E-1..E-4: the owner records how the current step ended, with what this step needs. */
    public EscalationChange recordOutcome(EscalationLadder ladder, StepOutcome outcome, UUID by, LocalDate on) {
        requireOpen();
        if (current().decided()) {
            throw new EscalationRefused("escalation.refused.outcomeRecorded");
        }
        outcome.requireWhatTheStepNeeds(current(), atContactPoint(ladder));
        return new EscalationChange(
                withCurrent(current().withOutcome(outcome, by, on)),
                new EscalationOutcomeRecorded(id, householdId, currentStep, outcome.outcome(), on));
    }

    /** E-3: the managers record that they met, before their outcome; commitment counts from then. */
    public EscalationChange recordMeeting(EscalationLadder ladder, LocalDate metOn, LocalDate today, WorkingDays days) {
        requireOpen();
        if (ladder.step(currentStep).owner() != StepOwner.MANAGERS) {
            throw new EscalationRefused("escalation.refused.noMeeting");
        }
        if (current().decided()) {
            throw new EscalationRefused("escalation.refused.outcomeRecorded");
        }
        if (metOn == null) {
            throw new EscalationRefused("escalation.meeting.dateRequired");
        }
        if (metOn.isBefore(current().startedOn()) || metOn.isAfter(today)) {
            throw new EscalationRefused("escalation.meeting.dateOutside");
        }
        var commitmentDue = ladder.commitmentAfterMeeting(currentStep, municipalityId, metOn, days);
        return new EscalationChange(
                withCurrent(current().withMeeting(metOn, commitmentDue)),
                new EscalationMeetingRecorded(id, householdId, currentStep, metOn));
    }

    /**
     * E-2..E-4: up one step, only when the current step ended without commitment. Asking for any
     * other step than the next one is refused: a step cannot be skipped. {@code owners} chooses
     * who owns the new step, given the kind of owner the ladder names for it.
     */
    public EscalationChange raise(
            EscalationLadder ladder,
            int toStep,
            Function<StepOwner, StepOwners.Chosen> owners,
            WorkingDays days,
            LocalDate today) {
        requireOpen();
        if (currentStep == EscalationLadder.TOP) {
            throw new EscalationRefused("escalation.refused.top");
        }
        if (toStep > currentStep + 1) {
            throw new EscalationRefused("escalation.refused.skip");
        }
        if (toStep <= currentStep) {
            throw new EscalationRefused("escalation.refused.notHigher");
        }
        var outcome = current().outcome();
        if (outcome == null) {
            throw new EscalationRefused("escalation.refused.outcomeFirst");
        }
        if (outcome == Outcome.COMMITMENT) {
            throw new EscalationRefused("escalation.refused.committed");
        }
        var chosen = owners.apply(ladder.step(toStep).owner());
        var next = EscalationStep.started(toStep, chosen, ladder.termsOf(toStep, municipalityId, today, days));
        var climbed = new ArrayList<>(steps);
        climbed.add(next);
        return new EscalationChange(
                with(toStep, ending, climbed), new EscalationRaised(id, householdId, municipalityId, toStep, today));
    }

    /**
     * E-4: back to the coordinator after a commitment on any step, or at the last step by the
     * contact point once it recorded what happens (the mandate forces a decision).
     */
    public EscalationChange deEscalate(EscalationLadder ladder, UUID by, LocalDate on) {
        requireOpen();
        if (current().outcome() != Outcome.COMMITMENT) {
            var contactPoint = atContactPoint(ladder);
            if (contactPoint && !current().decided()) {
                throw new EscalationRefused("escalation.refused.recordFirst");
            }
            if (!(contactPoint && current().ownedBy(by))) {
                throw new EscalationRefused("escalation.refused.needsCommitment");
            }
        }
        return new EscalationChange(
                with(currentStep, new Ending(on, by, null), steps),
                new EscalationEnded(id, householdId, municipalityId, currentStep, on));
    }

    /** Whether the current step is the municipal contact point's (E-4). */
    public boolean atContactPoint(EscalationLadder ladder) {
        return ladder.step(currentStep).owner() == StepOwner.CONTACT_POINT;
    }

    public boolean open() {
        return ending == null;
    }

    public boolean closed() {
        return ending != null;
    }

    public LocalDate closedOn() {
        return ending == null ? null : ending.on();
    }

    public UUID planActionId() {
        return ending == null ? null : ending.planActionId();
    }

    public EscalationStep current() {
        return steps.getLast();
    }

    public EscalationStep step(int number) {
        return steps.get(number - 1);
    }

    public boolean ownsAnyStep(UUID accountId) {
        return steps.stream().anyMatch(s -> s.ownedBy(accountId));
    }

    /** The organisations involved: the coordinator's (if a professional) and the professional's. */
    public boolean involvesOrganisation(UUID organisationId) {
        return organisationId.equals(parties.professionalOrganisationId())
                || organisationId.equals(parties.coordinatorOrganisationId());
    }

    private void requireOpen() {
        if (closed()) {
            throw new EscalationRefused("escalation.refused.closed");
        }
    }

    private Escalation withCurrent(EscalationStep changed) {
        var changedSteps = new ArrayList<>(steps);
        changedSteps.set(currentStep - 1, changed);
        return with(currentStep, ending, changedSteps);
    }

    private Escalation with(int newCurrentStep, Ending newEnding, List<EscalationStep> newSteps) {
        return new Escalation(
                id,
                version,
                householdId,
                municipalityId,
                actionId,
                goalId,
                actionWhat,
                parties,
                contactPointParticipantId,
                newCurrentStep,
                startedOn,
                newEnding,
                newSteps);
    }
}
