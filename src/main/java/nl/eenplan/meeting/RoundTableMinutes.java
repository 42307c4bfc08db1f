package nl.eenplan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.StaleCoordination;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanReading;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda, what happened at a round table and what it decided (M-2, M-4): the chair keeps the
 * agenda; the minute taker records who was there, the minutes and that it was held, and each
 * decision, which becomes a goal or action in the plan (through {@link PlanEditing}, with its rules)
 * or an agreement kept here. At the household's first round table the coordinator is recorded.
 */
@Service
public class RoundTableMinutes {

    private final Meetings meetings;
    private final RoundTableAccess access;
    private final PlanEditing editing;
    private final PlanReading reading;
    private final Coordinations coordinations;
    private final Clock clock;

    RoundTableMinutes(
            Meetings meetings,
            RoundTableAccess access,
            PlanEditing editing,
            PlanReading reading,
            Coordinations coordinations,
            Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.editing = editing;
        this.reading = reading;
        this.coordinations = coordinations;
        this.clock = clock;
    }

    /** M-4: the chair changes, removes and adds agenda items; empty items are left out. */
    @Transactional
    public void keepAgenda(UUID householdId, UUID id, Viewer viewer, int expectedVersion, List<String> items) {
        var roundTable = access.visible(householdId, id, viewer);
        if (!access.roles(roundTable, viewer).mayEditAgenda()) {
            throw new PlanNotFound();
        }
        meetings.save(roundTable.keepAgenda(items), expectedVersion);
        access.log(viewer, "ROUND_TABLE_AGENDA_KEPT", householdId, id, null);
    }

    /**
     * Who was there and the minutes; {@code heldOn} not null marks the round table held on that day
     * (MON-2 counts whether within the window). It cannot be held in the future.
     */
    @Transactional
    public void recordMinutes(
            UUID householdId,
            UUID id,
            Viewer viewer,
            int expectedVersion,
            String minutes,
            Set<UUID> present,
            LocalDate heldOn) {
        var roundTable = recordable(householdId, id, viewer);
        var team = access.team(householdId).stream().map(Participant::id).collect(Collectors.toSet());
        var recorded = roundTable.recordMinutes(minutes, present, heldOn, team, DutchTime.today(clock));
        meetings.save(recorded, expectedVersion);
        access.log(viewer, "ROUND_TABLE_MINUTES_RECORDED", householdId, id, null);
        if (recorded.events().stream().anyMatch(RoundTableHeld.class::isInstance)) {
            access.log(viewer, "ROUND_TABLE_HELD", householdId, id, heldOn.toString());
        }
    }

    /**
     * M-4: records a decision and, in the same step, puts it in the plan: a new goal, or a new action
     * on an open goal or on a goal it creates. The plan's own rules refuse what is incomplete
     * ({@link nl.eenplan.plan.PlanRefused}); nothing is stored then.
     */
    @Transactional
    public UUID decide(UUID householdId, UUID id, Viewer viewer, int expectedVersion, NewDecision decision) {
        var roundTable = recordable(householdId, id, viewer);
        meetings.claim(roundTable, expectedVersion);
        UUID goalId = null;
        UUID actionId = null;
        switch (decision.kind()) {
            case GOAL ->
                goalId = editing.addGoal(householdId, viewer, planVersion(householdId, viewer), decision.text());
            case ACTION -> {
                var action = decision.action(startOf(roundTable));
                goalId = decision.goalId() != null
                        ? decision.goalId()
                        : editing.addGoal(
                                householdId, viewer, planVersion(householdId, viewer), decision.newGoalTitle());
                actionId = editing.addAction(householdId, viewer, planVersion(householdId, viewer), goalId, action);
            }
            case AGREEMENT, COORDINATOR -> {}
        }
        var decided = roundTable.decide(
                decision.kind(), decision.text(), goalId, actionId, viewer.accountId(), clock.instant());
        meetings.store(decided);
        access.log(
                viewer,
                "ROUND_TABLE_DECISION_RECORDED",
                householdId,
                id,
                decision.kind().name());
        return decided.decision().id();
    }

    /**
     * M-2: the coordinator is decided at the household's first round table; recorded here as the
     * coordination page does, when none was chosen yet. The method's rules (R-5 and others) may refuse
     * the choice ({@link nl.eenplan.participation.CoordinatorRefused}).
     */
    @Transactional
    public void recordCoordinator(
            UUID householdId,
            UUID id,
            Viewer viewer,
            int expectedVersion,
            int coordinationVersion,
            UUID coordinatorId,
            CoordinationForm form,
            ChosenBy chosenBy) {
        var roundTable = recordable(householdId, id, viewer);
        if (!meetings.firstOf(householdId).map(id::equals).orElse(false)) {
            throw new RoundTableRefused("meeting.coordinator.notFirst", "coordinatorId");
        }
        if (coordinations.of(householdId).hasCoordinator()) {
            throw new RoundTableRefused("meeting.coordinator.alreadyChosen", "coordinatorId");
        }
        if (coordinatorId == null || form == null || chosenBy == null) {
            throw new RoundTableRefused("meeting.coordinator.required", "coordinatorId");
        }
        meetings.claim(roundTable, expectedVersion);
        try {
            coordinations.decide(
                    householdId,
                    new CoordinatorChoice(coordinatorId, form, Set.of(), null, chosenBy, false, false, false),
                    coordinationVersion,
                    viewer.accountId(),
                    false);
        } catch (StaleCoordination e) {
            throw new RoundTableChangedMeanwhile();
        }
        var name = access.team(householdId).stream()
                .filter(p -> p.id().equals(coordinatorId))
                .map(Participant::name)
                .findFirst()
                .orElse("");
        meetings.store(
                roundTable.decide(DecisionKind.COORDINATOR, name, null, null, viewer.accountId(), clock.instant()));
        access.log(viewer, "ROUND_TABLE_COORDINATOR_RECORDED", householdId, id, coordinatorId.toString());
    }

    private RoundTable recordable(UUID householdId, UUID id, Viewer viewer) {
        var roundTable = access.visible(householdId, id, viewer);
        if (!access.roles(roundTable, viewer).mayRecord()) {
            if (roundTable.cancelled() && viewer.scope() == Viewer.Scope.FULL) {
                throw new RoundTableRefused("meeting.notOpen", "form");
            }
            throw new PlanNotFound();
        }
        return roundTable;
    }

    /** Decisions add to the plan, never overwrite it: they go on the plan as it is now. */
    private int planVersion(UUID householdId, Viewer viewer) {
        return reading.current(householdId, viewer).version();
    }

    private LocalDate startOf(RoundTable roundTable) {
        if (roundTable.heldOn() != null) {
            return roundTable.heldOn();
        }
        return roundTable.scheduled() ? roundTable.schedule().date() : DutchTime.today(clock);
    }
}
