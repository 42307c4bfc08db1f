package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.FollowUp;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanEditing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-4: the case goes back to the coordinator and the escalation closes. The new agreements of the
 * last step become a new action in the plan, under the goal of the agreement that was not kept,
 * done by the professional with the agreed date as target and evaluation date. It is added through
 * {@link PlanEditing} as the coordinator's change (the person who de-escalates is logged as doing it),
 * so the plan's version, rules and access log apply. When the plan can no longer take it (closed,
 * the goal reached, the professional left the team), the agreements stay on the escalation only.
 * A contact point who joined the team for step 4 leaves it (E-5).
 */
@Service
public class DeEscalation {

    private final Escalations escalations;
    private final EscalationParties parties;
    private final LadderSettings settings;
    private final ContactPointParticipation contactPoint;
    private final FollowUp followUp;
    private final PlanEditing editing;
    private final Team team;
    private final EscalationMails mails;
    private final AuditLog audit;

    DeEscalation(
            Escalations escalations,
            EscalationParties parties,
            LadderSettings settings,
            ContactPointParticipation contactPoint,
            FollowUp followUp,
            PlanEditing editing,
            Team team,
            EscalationMails mails,
            AuditLog audit) {
        this.escalations = escalations;
        this.parties = parties;
        this.settings = settings;
        this.contactPoint = contactPoint;
        this.followUp = followUp;
        this.editing = editing;
        this.team = team;
        this.mails = mails;
        this.audit = audit;
    }

    /** Hands the case back to the coordinator; returns the new action in the plan, or {@code null}. */
    @Transactional
    public UUID deEscalate(UUID householdId, UUID escalationId, UUID accountId, int expectedVersion, LocalDate today) {
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
        var ladder = settings.ladderOf(e.municipalityId());
        var owner = ladder.step(e.currentStep()).owner();
        if (!visitor.mayDeEscalate(e, owner)) {
            throw new EscalationRefused("escalation.refused.notYours");
        }
        escalations.save(e.deEscalate(ladder, accountId, today), expectedVersion);
        var planAction = agreementsIntoPlan(e, accountId, today);
        if (planAction != null) {
            escalations.agreementsBecame(e.id(), planAction);
        }
        contactPoint.leave(e, accountId, visitor.accessBasis(e));
        audit.record(new AuditEvent(
                        accountId,
                        null,
                        "ESCALATION_DE_ESCALATED",
                        "escalation",
                        e.id().toString(),
                        householdId,
                        planAction == null ? "agreements kept with the escalation" : "plan action " + planAction)
                .on(visitor.accessBasis(e)));
        mails.ended(e);
        return planAction;
    }

    private UUID agreementsIntoPlan(Escalation e, UUID accountId, LocalDate today) {
        var step = e.current();
        if (step.agreements() == null || step.agreementDue() == null) {
            return null;
        }
        var plan = followUp.currentPlan(e.householdId()).filter(p -> !p.closed());
        var goalOpen = plan.flatMap(p -> p.goal(e.goalId())).filter(Goal::open).isPresent();
        var professionalActive = team.find(e.parties().professionalId())
                .filter(Participant::active)
                .isPresent();
        var coordinator = team.find(e.parties().coordinatorId());
        if (!goalOpen || !professionalActive || coordinator.isEmpty()) {
            return null;
        }
        var due = step.agreementDue();
        var start = due.isBefore(today) ? due : today;
        return editing.addAction(
                e.householdId(),
                new Viewer(accountId, coordinator.get(), Viewer.Scope.FULL),
                plan.get().version(),
                e.goalId(),
                new NewAction(step.agreements(), Set.of(e.parties().professionalId()), start, due, due));
    }
}
