package nl.eenplan.escalation;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.Action;
import org.springframework.stereotype.Component;

/**
 * E-1: a professional did not keep an agreement; the escalation starts at step 1, a bilateral talk
 * of the coordinator with the professional. R-8: when the professional is the coordinator, the
 * ladder (which the coordinator leads) cannot help; the social team decides about coordination.
 */
@Component
class EscalationStart {

    private final Coordinations coordinations;
    private final Team team;
    private final LadderSettings settings;
    private final Stagnations stagnations;
    private final Escalations escalations;
    private final EscalationMails mails;
    private final WorkingDays workingDays;
    private final AuditLog audit;

    EscalationStart(
            Coordinations coordinations,
            Team team,
            LadderSettings settings,
            Stagnations stagnations,
            Escalations escalations,
            EscalationMails mails,
            WorkingDays workingDays,
            AuditLog audit) {
        this.coordinations = coordinations;
        this.team = team;
        this.settings = settings;
        this.stagnations = stagnations;
        this.escalations = escalations;
        this.mails = mails;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    UUID start(
            UUID householdId,
            UUID municipalityId,
            Stagnation stagnation,
            Action action,
            Participant professional,
            AccessBasis basis,
            LocalDate today) {
        var coordinatorId = coordinations.of(householdId).coordinatorId();
        if (coordinatorId == null) {
            throw new EscalationRefused("escalation.signal.noCoordinator");
        }
        if (coordinatorId.equals(professional.id())) {
            throw new EscalationRefused("escalation.signal.coordinatorConcerned");
        }
        var coordinator = team.find(coordinatorId).orElseThrow(EscalationNotFound::new);
        if (coordinator.accountId() == null) {
            throw new EscalationRefused("escalation.refused.noCoordinatorAccount");
        }
        if (escalations.openAbout(action.id(), professional.id())) {
            throw new EscalationRefused("escalation.signal.alreadyOpen");
        }
        var started = Escalation.start(
                householdId,
                municipalityId,
                new Escalation.SignalledAgreement(action.id(), action.goalId(), action.what()),
                new Escalation.Parties(
                        coordinator.id(),
                        coordinator.accountId(),
                        coordinator.name(),
                        coordinator.isProfessional() ? coordinator.organisationId() : null,
                        professional.id(),
                        professional.name(),
                        professional.organisationId()),
                settings.ladderOf(municipalityId),
                workingDays,
                today);
        var escalation = started.escalation();
        stagnations.insert(stagnation);
        escalations.insert(started, stagnation.id(), stagnation.signalledAt());
        audit.record(new AuditEvent(
                        stagnation.signalledBy(),
                        null,
                        "ESCALATION_STARTED",
                        "escalation",
                        escalation.id().toString(),
                        householdId,
                        "step 1")
                .on(basis));
        mails.started(escalation);
        return escalation.id();
    }
}
