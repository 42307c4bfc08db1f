package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an escalation along the ladder (E-1..E-4): the owner records a step's outcome (and at
 * step 3 the managers' meeting), and after an outcome without commitment the case goes up one
 * step. Each change checks who asks ({@link EscalationVisitor}); the escalation checks and makes the
 * transition on its municipality's {@link EscalationLadder}; {@link Escalations} stores it on the
 * version the person saw ({@link EscalationChangedMeanwhile}); it is logged in the same transaction.
 */
@Service
public class EscalationProgress {

    private final Escalations escalations;
    private final EscalationParties parties;
    private final LadderSettings settings;
    private final StepOwners owners;
    private final ContactPointParticipation contactPoint;
    private final EscalationMails mails;
    private final WorkingDays workingDays;
    private final AuditLog audit;

    EscalationProgress(
            Escalations escalations,
            EscalationParties parties,
            LadderSettings settings,
            StepOwners owners,
            ContactPointParticipation contactPoint,
            EscalationMails mails,
            WorkingDays workingDays,
            AuditLog audit) {
        this.escalations = escalations;
        this.parties = parties;
        this.settings = settings;
        this.owners = owners;
        this.contactPoint = contactPoint;
        this.mails = mails;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    /** E-1..E-4: the owner records how the current step ended. */
    @Transactional
    public void recordOutcome(
            UUID householdId,
            UUID escalationId,
            UUID accountId,
            int expectedVersion,
            StepOutcome outcome,
            LocalDate today) {
        var seen = visible(householdId, escalationId, accountId, expectedVersion);
        var e = seen.escalation();
        if (!seen.visitor().mayRecordOutcome(e)) {
            throw new EscalationRefused("escalation.refused.notYours");
        }
        escalations.save(
                e.recordOutcome(settings.ladderOf(e.municipalityId()), outcome, accountId, today), expectedVersion);
        log(seen, "ESCALATION_OUTCOME_RECORDED", "step " + e.currentStep() + ": " + outcome.outcome());
    }

    /** E-3: the managers met; commitment is now due five working days (the ladder's number) after it. */
    @Transactional
    public void recordMeeting(
            UUID householdId,
            UUID escalationId,
            UUID accountId,
            int expectedVersion,
            LocalDate metOn,
            LocalDate today) {
        var seen = visible(householdId, escalationId, accountId, expectedVersion);
        var e = seen.escalation();
        if (!seen.visitor().mayRecordOutcome(e)) {
            throw new EscalationRefused("escalation.refused.notYours");
        }
        escalations.save(
                e.recordMeeting(settings.ladderOf(e.municipalityId()), metOn, today, workingDays), expectedVersion);
        log(seen, "ESCALATION_MEETING_RECORDED", "step " + e.currentStep());
    }

    /**
     * E-2..E-4: up one step after an outcome without commitment; a step cannot be skipped. The new
     * step's owners are chosen among the candidates (the first when none is chosen). At step 4 the
     * contact point joins the team (E-5).
     */
    @Transactional
    public void raise(
            UUID householdId,
            UUID escalationId,
            UUID accountId,
            int expectedVersion,
            int toStep,
            UUID chosenOwner,
            UUID chosenSecondOwner,
            LocalDate today) {
        var seen = visible(householdId, escalationId, accountId, expectedVersion);
        var e = seen.escalation();
        if (!seen.visitor().mayRaise(e)) {
            throw new EscalationRefused("escalation.refused.notYours");
        }
        var raised = e.raise(
                settings.ladderOf(e.municipalityId()),
                toStep,
                owner -> owners.choose(owners.candidates(e, owner), chosenOwner, chosenSecondOwner),
                workingDays,
                today);
        escalations.save(raised, expectedVersion);
        var after = raised.escalation();
        if (after.atContactPoint(settings.ladderOf(e.municipalityId()))) {
            contactPoint.join(
                    after,
                    after.current().ownerAccountId(),
                    accountId,
                    seen.visitor().accessBasis(e));
        }
        log(seen, "ESCALATION_RAISED", "step " + toStep);
        mails.raised(after, toStep);
    }

    /** Who could own the next step, for the form that raises the escalation. */
    @Transactional(readOnly = true)
    public StepOwnerCandidates candidatesForNextStep(Escalation e) {
        if (e.currentStep() >= EscalationLadder.TOP) {
            return null;
        }
        var ladder = settings.ladderOf(e.municipalityId());
        return owners.candidates(e, ladder.step(e.currentStep() + 1).owner());
    }

    private Seen visible(UUID householdId, UUID escalationId, UUID accountId, int expectedVersion) {
        var e = escalations
                .find(escalationId)
                .filter(found -> found.householdId().equals(householdId))
                .orElseThrow(EscalationNotFound::new);
        var visitor = parties.visitor(householdId, accountId);
        if (!visitor.maySee(e)) {
            throw new EscalationNotFound();
        }
        if (e.version() != expectedVersion) {
            throw new EscalationChangedMeanwhile(e.version());
        }
        return new Seen(e, visitor);
    }

    /** An escalation and the person who may see it. */
    record Seen(Escalation escalation, EscalationVisitor visitor) {}

    private void log(Seen seen, String event, String detail) {
        var e = seen.escalation();
        audit.record(new AuditEvent(
                        seen.visitor().accountId(),
                        null,
                        event,
                        "escalation",
                        e.id().toString(),
                        e.householdId(),
                        detail)
                .on(seen.visitor().accessBasis(e)));
    }
}
