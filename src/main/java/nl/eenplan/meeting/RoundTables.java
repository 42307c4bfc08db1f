package nl.eenplan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.consent.Viewer;
import nl.eenplan.home.FieldRules;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.meeting.InvitationMails.Occasion;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanReading;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round tables of a household (M-1..M-3): seeing them, taking the initiative, planning when and
 * where, and calling one off. Who may do what is decided by {@link RoundTableRoles}; a change made on
 * an outdated version is refused ({@link RoundTableChangedMeanwhile}); every read and write is
 * logged in the same transaction. Invitations: {@link RoundTableInvitations}; agenda, minutes
 * and decisions: {@link RoundTableMinutes}.
 */
@Service
public class RoundTables {

    private final Meetings meetings;
    private final Invitations invitations;
    private final RoundTableAccess access;
    private final PlanReading reading;
    private final Coordinations coordinations;
    private final HouseholdRegister households;
    private final WorkingDays workingDays;
    private final InvitationMails mails;
    private final MessageSource messages;
    private final Clock clock;

    RoundTables(
            Meetings meetings,
            Invitations invitations,
            RoundTableAccess access,
            PlanReading reading,
            Coordinations coordinations,
            HouseholdRegister households,
            WorkingDays workingDays,
            InvitationMails mails,
            MessageSource messages,
            Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.access = access;
        this.reading = reading;
        this.coordinations = coordinations;
        this.households = households;
        this.workingDays = workingDays;
        this.mails = mails;
        this.messages = messages;
        this.clock = clock;
    }

    /** Today in the Netherlands. */
    public LocalDate today() {
        return DutchTime.today(clock);
    }

    @Transactional
    public RoundTableOverview overview(UUID householdId, Viewer viewer) {
        if (viewer.scope() == Viewer.Scope.COPY
                || viewer.scope() == Viewer.Scope.NO_CONSENT
                || !viewer.participant().householdId().equals(householdId)) {
            throw new PlanNotFound();
        }
        var visible = meetings.ofHousehold(householdId).stream()
                .filter(roundTable -> RoundTableRoles.sees(viewer, access.invited(roundTable, viewer)))
                .toList();
        access.log(viewer, "ROUND_TABLES_READ", householdId, null, null);
        return new RoundTableOverview(
                household(householdId),
                RoundTableRoles.mayTakeInitiative(viewer),
                visible,
                viewer.scope() == Viewer.Scope.FULL ? access.team(householdId) : List.of(viewer.participant()));
    }

    @Transactional
    public RoundTableDetail detail(UUID householdId, UUID id, Viewer viewer) {
        return detail(householdId, id, viewer, roles -> true);
    }

    /**
     * The round table for a page that needs a role ({@code allowed}): without it the round table is not
     * found, and nothing is logged (X-1: only what is shown is logged, once).
     */
    @Transactional
    public RoundTableDetail detail(UUID householdId, UUID id, Viewer viewer, Predicate<RoundTableRoles> allowed) {
        var roundTable = access.visible(householdId, id, viewer);
        var roles = access.roles(roundTable, viewer);
        if (!allowed.test(roles)) {
            throw new PlanNotFound();
        }
        var full = roles.seesMinutes();
        var me = viewer.participant().id();
        var invitees = invitations.of(id);
        var mine = invitees.stream()
                .filter(i -> i.participantId().equals(me))
                .findFirst()
                .orElse(null);
        var coordination = coordinations.of(householdId);
        var first = meetings.firstOf(householdId).map(id::equals).orElse(false);
        var goals = roles.mayRecord()
                ? reading.currentAsPartOf(householdId, viewer).goals().stream()
                        .filter(Goal::open)
                        .toList()
                : List.<Goal>of();
        var team = access.team(householdId);
        access.log(viewer, "ROUND_TABLE_READ", householdId, id, null);
        return new RoundTableDetail(
                household(householdId),
                full ? roundTable : roundTable.withoutMinutes(),
                roles,
                full ? team : RoundTableAccess.namesANetworkMemberSees(team, roundTable, me),
                full ? access.leaders(householdId) : List.of(),
                roles.mayOrganise() ? access.invitable(householdId) : List.of(),
                full ? invitees : mine == null ? List.of() : List.of(mine),
                mine,
                meetings.agenda(id),
                full ? meetings.attendance(id) : Set.of(),
                full ? meetings.decisions(id) : List.of(),
                full && first && !roundTable.cancelled() && !coordination.hasCoordinator(),
                coordination.version(),
                goals);
    }

    /**
     * M-2: an active professional takes the initiative; it does not make them the coordinator. The
     * window of M-3 counts from the day of the initiative (today unless given; never later). The
     * agenda is prepared from the plan.
     */
    @Transactional
    public UUID takeInitiative(UUID householdId, Viewer viewer, LocalDate initiatedOn) {
        if (viewer.scope() != Viewer.Scope.FULL
                || !viewer.participant().householdId().equals(householdId)) {
            throw new PlanNotFound();
        }
        if (!RoundTableRoles.mayTakeInitiative(viewer)) {
            throw new RoundTableRefused("meeting.initiative.professionalsOnly", "initiatedOn");
        }
        var today = today();
        var day = initiatedOn == null ? today : initiatedOn;
        var chooseCoordinator = meetings.firstOf(householdId).isEmpty()
                && !coordinations.of(householdId).hasCoordinator();
        var initiated = RoundTable.initiate(
                householdId,
                viewer.participant().id(),
                viewer.accountId(),
                day,
                today,
                workingDays,
                clock.instant(),
                window -> AgendaFromPlan.items(
                        reading.current(householdId, viewer),
                        today,
                        window.latest(),
                        chooseCoordinator,
                        (key, arguments) -> messages.getMessage(key, arguments, InvitationMails.DUTCH)));
        meetings.insert(initiated);
        var id = initiated.roundTable().id();
        access.log(viewer, "ROUND_TABLE_INITIATED", householdId, id, day.toString());
        return id;
    }

    /**
     * M-3, M-4: when and where, the chair and the minute taker. A day outside the window is allowed
     * ({@link RoundTable#outsideWindow()} tells to warn). When invitations went out, a change sends
     * every invitee the updated invitation (same UID, next SEQUENCE); a change of day or time also
     * clears the answers given for the old time.
     */
    @Transactional
    public RoundTable plan(
            UUID householdId,
            UUID id,
            Viewer viewer,
            int expectedVersion,
            Schedule schedule,
            UUID chairId,
            UUID minuteTakerId) {
        if (!FieldRules.isPlausible(schedule.date())) {
            throw new RoundTableRefused("meeting.date.implausible", "date");
        }
        var roundTable = access.organised(householdId, id, viewer);
        var leaders = access.leaders(householdId).stream().map(Participant::id).collect(Collectors.toSet());
        var invitees = invitations.of(id);
        var planned = roundTable.plan(schedule, chairId, minuteTakerId, leaders, !invitees.isEmpty());
        meetings.save(planned, expectedVersion);
        if (roundTable.movesInTime(schedule)) {
            invitations.forgetAnswers(id);
        }
        var sequence = planned.roundTable().sequence();
        if (sequence != roundTable.sequence()) {
            mails.send(
                    Occasion.CHANGE,
                    roundTable,
                    schedule,
                    sequence,
                    viewer.participant().name(),
                    InvitationMails.recipients(invitees, access.team(householdId)));
        }
        access.log(
                viewer, "ROUND_TABLE_PLANNED", householdId, id, schedule.date().toString());
        return meetings.find(householdId, id).orElseThrow();
    }

    /** Calls the round table off; invitees get a cancellation that removes it from their calendar. */
    @Transactional
    public void cancel(UUID householdId, UUID id, Viewer viewer, int expectedVersion) {
        var roundTable = access.organised(householdId, id, viewer);
        var invitees = invitations.of(id);
        var cancelled = roundTable.cancel(!invitees.isEmpty(), clock.instant());
        meetings.save(cancelled, expectedVersion);
        var sequence = cancelled.roundTable().sequence();
        if (roundTable.scheduled() && !invitees.isEmpty()) {
            mails.send(
                    Occasion.CANCELLATION,
                    roundTable,
                    roundTable.schedule(),
                    sequence,
                    viewer.participant().name(),
                    InvitationMails.recipients(invitees, access.team(householdId)));
        }
        access.log(viewer, "ROUND_TABLE_CANCELLED", householdId, id, null);
    }

    private String household(UUID householdId) {
        return households.find(householdId).map(HouseholdSummary::name).orElse("");
    }
}
