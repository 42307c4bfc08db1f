package nl.eenplan.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.FollowUp;
import nl.eenplan.plan.Goal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * G-4: the coordinator follows whether agreements are kept. EenPlan proposes stagnation to the
 * coordinator ({@link StagnationPrompts}); the coordinator or an active professional signals it.
 * About a professional, the escalation ladder starts ({@link EscalationStart}); about a household
 * or network member, the signal is recorded with the follow-up the coordinator chose.
 */
@Service
public class StagnationSignals {

    private final EscalationParties parties;
    private final FollowUp followUp;
    private final Team team;
    private final HouseholdRegister households;
    private final LadderSettings settings;
    private final Stagnations stagnations;
    private final Escalations escalations;
    private final EscalationStart start;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    StagnationSignals(
            EscalationParties parties,
            FollowUp followUp,
            Team team,
            HouseholdRegister households,
            LadderSettings settings,
            Stagnations stagnations,
            Escalations escalations,
            EscalationStart start,
            WorkingDays workingDays,
            AuditLog audit,
            Clock clock) {
        this.parties = parties;
        this.followUp = followUp;
        this.team = team;
        this.households = households;
        this.settings = settings;
        this.stagnations = stagnations;
        this.escalations = escalations;
        this.start = start;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return DutchTime.today(clock);
    }

    /**
     * The plan page's part ({@link EscalationPlanSection}): prompts for the coordinator, a link for
     * those who may see escalations. The plan page logs its own read.
     */
    @Transactional(readOnly = true)
    public PlanBox planBox(UUID householdId, UUID accountId) {
        var visitor = parties.visitor(householdId, accountId);
        if (!visitor.seesPlan()) {
            return PlanBox.none(householdId);
        }
        var open = escalations.ofHousehold(householdId).stream()
                .filter(Escalation::open)
                .count();
        return new PlanBox(householdId, true, prompts(householdId, visitor, today()), open);
    }

    /** G-4: the prompts on this day; only the coordinator gets them. */
    @Transactional(readOnly = true)
    public List<StagnationPrompt> prompts(UUID householdId, EscalationVisitor visitor, LocalDate today) {
        if (!visitor.coordinator()) {
            return List.of();
        }
        var plan = followUp.currentPlan(householdId);
        if (plan.isEmpty()) {
            return List.of();
        }
        var municipality = municipalityOf(householdId);
        return settings.promptsOf(municipality)
                .of(
                        plan.get(),
                        stagnations.signalledActions(householdId),
                        today,
                        (from, to) -> workingDays.workingDaysBetween(municipality, from, to));
    }

    /** The open agreements of open goals, once for each active participant assigned to them. */
    @Transactional(readOnly = true)
    public List<SignallableAgreement> signallable(UUID householdId) {
        var plan = followUp.currentPlan(householdId).filter(p -> !p.closed());
        if (plan.isEmpty()) {
            return List.of();
        }
        var active = team.of(householdId).stream()
                .filter(Participant::active)
                .collect(Collectors.toMap(Participant::id, p -> p));
        return plan.get().goals().stream()
                .filter(Goal::open)
                .flatMap(g -> g.actions().stream())
                .filter(a -> !a.done())
                .flatMap(a -> a.participantIds().stream()
                        .filter(active::containsKey)
                        .map(id -> new SignallableAgreement(
                                a.id(), id, a.what(), active.get(id).name(), a.targetDate())))
                .toList();
    }

    /**
     * Signals a stagnation. Returns the new escalation's id when it concerns a professional (the
     * ladder starts at step 1), otherwise {@code null}.
     */
    @Transactional
    public UUID signal(UUID householdId, UUID accountId, NewStagnation signal, LocalDate today) {
        var visitor = parties.visitor(householdId, accountId);
        if (!visitor.seesPlan()) {
            throw new EscalationNotFound();
        }
        if (!visitor.maySignal()) {
            throw new EscalationRefused("escalation.signal.notAllowed");
        }
        var plan = followUp.currentPlan(householdId).orElseThrow(EscalationNotFound::new);
        if (plan.closed()) {
            throw new EscalationRefused("escalation.signal.planClosed");
        }
        var action = plan.actions()
                .filter(a -> a.id().equals(signal.actionId()))
                .findFirst()
                .orElseThrow(() -> new EscalationRefused("escalation.signal.agreementRequired"));
        if (action.done() || plan.goal(action.goalId()).filter(Goal::open).isEmpty()) {
            throw new EscalationRefused("escalation.signal.agreementDone");
        }
        var concerned = team.find(signal.participantId())
                .filter(Participant::active)
                .filter(p -> action.involves(p.id()))
                .orElseThrow(() -> new EscalationRefused("escalation.signal.notAssigned"));
        if (!concerned.isProfessional() && signal.followUp() == null) {
            throw new EscalationRefused("escalation.signal.followUpRequired");
        }
        var stagnation = new Stagnation(
                UUID.randomUUID(),
                householdId,
                action.id(),
                concerned.id(),
                concerned.kind(),
                signal.note(),
                concerned.isProfessional() ? null : signal.followUp(),
                accountId,
                clock.instant());
        if (!concerned.isProfessional()) {
            stagnations.insert(stagnation);
            audit.record(new AuditEvent(
                            accountId,
                            null,
                            "STAGNATION_SIGNALLED",
                            "stagnation",
                            stagnation.id().toString(),
                            householdId,
                            concerned.kind().name())
                    .on(AccessBasis.participation(visitor.participant().id())));
            return null;
        }
        return start.start(
                householdId,
                municipalityOf(householdId),
                stagnation,
                action,
                concerned,
                AccessBasis.participation(visitor.participant().id()),
                today);
    }

    /** The signals about household and network members, with the follow-up chosen for each. */
    @Transactional(readOnly = true)
    public List<Stagnation> withoutLadder(UUID householdId) {
        return stagnations.withoutLadder(householdId);
    }

    /** The names of the household's participants, for showing who a signal was about. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(UUID householdId) {
        return team.of(householdId).stream().collect(Collectors.toMap(Participant::id, Participant::name));
    }

    private UUID municipalityOf(UUID householdId) {
        return households.find(householdId).orElseThrow(EscalationNotFound::new).municipalityId();
    }
}
