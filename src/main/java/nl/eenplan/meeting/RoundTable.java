package nl.eenplan.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.eenplan.calendar.RoundTableWindow;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.home.FieldRules;

/**
 * A round table of a household (M-1): who took the initiative and when, the window it should be
 * held in (M-3), when and where it meets, its chair and minute taker (M-4), and the sequence number
 * of the invitation last sent (iCalendar {@code SEQUENCE}).
 *
 * <p>The round table checks and makes its own transitions; each returns a {@link RoundTableChange}
 * with the events it causes, which {@link Meetings} stores. Who may ask for a transition is decided
 * before, by {@link RoundTableRoles}.
 */
public record RoundTable(
        UUID id,
        UUID householdId,
        int version,
        RoundTableStatus status,
        UUID initiatorId,
        UUID initiatorAccountId,
        LocalDate initiatedOn,
        RoundTableWindow window,
        Schedule schedule,
        UUID chairId,
        UUID minuteTakerId,
        int sequence,
        String minutes,
        LocalDate heldOn,
        Instant createdAt) {

    /**
     * M-2: a professional takes the initiative on a day (never later than today); M-3: the window of
     * 5 to 15 working days counts from it. The agenda is prepared for that window.
     */
    static RoundTableChange initiate(
            UUID householdId,
            UUID initiatorId,
            UUID initiatorAccountId,
            LocalDate day,
            LocalDate today,
            WorkingDays days,
            Instant now,
            Function<RoundTableWindow, List<String>> agenda) {
        if (day.isAfter(today)) {
            throw new RoundTableRefused("meeting.initiative.inFuture", "initiatedOn");
        }
        if (!FieldRules.isPlausible(day)) {
            throw new RoundTableRefused("meeting.date.implausible", "initiatedOn");
        }
        var window = RoundTableWindow.after(day, days);
        var roundTable = new RoundTable(
                UUID.randomUUID(),
                householdId,
                0,
                RoundTableStatus.PLANNED,
                initiatorId,
                initiatorAccountId,
                day,
                window,
                null,
                null,
                null,
                0,
                "",
                null,
                now);
        return RoundTableChange.of(
                        roundTable,
                        new RoundTableInitiated(roundTable.id, householdId, day, window.earliest(), window.latest()))
                .withAgenda(agenda.apply(window));
    }

    /**
     * M-3, M-4: when and where, the chair and the minute taker, chosen among {@code leaders}. A day
     * outside the window is allowed ({@link #outsideWindow()}). When invitations went out, a change
     * is a new invitation ({@code SEQUENCE} + 1).
     */
    RoundTableChange plan(Schedule newSchedule, UUID chair, UUID minuteTaker, Set<UUID> leaders, boolean invited) {
        requireOpen();
        if (chair != null && !leaders.contains(chair)) {
            throw new RoundTableRefused("meeting.chair.notInTeam", "chairId");
        }
        if (minuteTaker != null && !leaders.contains(minuteTaker)) {
            throw new RoundTableRefused("meeting.minuteTaker.notInTeam", "minuteTakerId");
        }
        var changed = scheduled() && !newSchedule.equals(schedule);
        var planned = new RoundTable(
                id,
                householdId,
                version,
                status,
                initiatorId,
                initiatorAccountId,
                initiatedOn,
                window,
                newSchedule,
                chair,
                minuteTaker,
                changed && invited ? sequence + 1 : sequence,
                minutes,
                heldOn,
                createdAt);
        return RoundTableChange.of(planned, new RoundTablePlanned(id, householdId, newSchedule.date()));
    }

    /** Whether moving to {@code other} moves the meeting in time, so answers given so far lapse. */
    boolean movesInTime(Schedule other) {
        return scheduled() && !other.sameTimeAs(schedule);
    }

    /** Called off; when invitations went out, the cancellation is a new invitation ({@code SEQUENCE} + 1). */
    RoundTableChange cancel(boolean invited, Instant now) {
        requireOpen();
        return RoundTableChange.of(
                with(RoundTableStatus.CANCELLED, invited ? sequence + 1 : sequence, minutes, heldOn),
                new RoundTableCancelled(id, householdId, now));
    }

    /** M-1: invites participants; the round table must be planned first. */
    RoundTableChange invite(Set<UUID> participantIds) {
        requireOpen();
        if (!scheduled()) {
            throw new RoundTableRefused("meeting.invite.planFirst", "participantIds");
        }
        if (participantIds == null || participantIds.isEmpty()) {
            throw new RoundTableRefused("meeting.invite.nobody", "participantIds");
        }
        return RoundTableChange.of(this, new RoundTableInvitationsSent(id, householdId, participantIds.size()));
    }

    /** M-4: an answer is about the invitation last sent; after a change it must be given again. */
    void requireAnswerableAt(int answeredSequence) {
        requireOpen();
        if (answeredSequence != sequence) {
            throw new RoundTableChangedMeanwhile();
        }
    }

    /** M-4: the chair's agenda; empty items are left out. */
    RoundTableChange keepAgenda(List<String> items) {
        var kept = items.stream()
                .filter(item -> item != null && !item.isBlank())
                .map(String::strip)
                .toList();
        return RoundTableChange.of(this, new RoundTableAgendaKept(id, householdId))
                .withAgenda(kept);
    }

    /**
     * M-4: who was there (from the {@code team}) and the minutes; {@code held} not null marks the
     * round table held on that day, never in the future (MON-2 counts whether within the window).
     */
    RoundTableChange recordMinutes(String text, Set<UUID> present, LocalDate held, Set<UUID> team, LocalDate today) {
        if (!team.containsAll(present)) {
            throw new RoundTableRefused("meeting.minutes.presentNotInTeam", "present");
        }
        if (held != null && held.isAfter(today)) {
            throw new RoundTableRefused("meeting.minutes.heldInFuture", "heldOn");
        }
        var events = new ArrayList<RoundTableEvent>(List.of(new RoundTableMinutesRecorded(id, householdId)));
        if (held != null && open()) {
            events.add(new RoundTableHeld(id, householdId, initiatedOn, held, window.contains(held)));
        }
        var recorded = with(
                held == null ? status : RoundTableStatus.HELD,
                sequence,
                text == null ? "" : text.strip(),
                held == null ? heldOn : held);
        return new RoundTableChange(recorded, events, null, present, null, null);
    }

    /** M-2, M-4: a decision, with the goal or action it became in the plan, if any. */
    RoundTableChange decide(DecisionKind kind, String text, UUID goalId, UUID actionId, UUID by, Instant now) {
        var decision = new Decision(UUID.randomUUID(), kind, text, goalId, actionId, now);
        return new RoundTableChange(
                this, List.of(new RoundTableDecisionRecorded(id, householdId, kind)), null, null, decision, by);
    }

    /** Still to be held. */
    public boolean open() {
        return status == RoundTableStatus.PLANNED;
    }

    public boolean cancelled() {
        return status == RoundTableStatus.CANCELLED;
    }

    public boolean scheduled() {
        return schedule != null;
    }

    /** M-3: a date outside the window is allowed, but everyone sees a warning. */
    public boolean outsideWindow() {
        return schedule != null && !window.contains(schedule.date());
    }

    /** MON-2: whether the round table was held within 5 to 15 working days after the initiative. */
    public boolean heldWithinWindow() {
        return heldOn != null && window.contains(heldOn);
    }

    /** The participant who records what was said and decided: the minute taker, else the chair. */
    public UUID recorderId() {
        return minuteTakerId != null ? minuteTakerId : chairId;
    }

    public boolean isChair(UUID participantId) {
        return chairId != null && chairId.equals(participantId);
    }

    /** the round table without its minutes, for who may not read them. */
    public RoundTable withoutMinutes() {
        return with(status, sequence, "", heldOn);
    }

    void requireOpen() {
        if (!open()) {
            throw new RoundTableRefused("meeting.notOpen", "form");
        }
    }

    private RoundTable with(RoundTableStatus newStatus, int newSequence, String newMinutes, LocalDate newHeldOn) {
        return new RoundTable(
                id,
                householdId,
                version,
                newStatus,
                initiatorId,
                initiatorAccountId,
                initiatedOn,
                window,
                schedule,
                chairId,
                minuteTakerId,
                newSequence,
                newMinutes,
                newHeldOn,
                createdAt);
    }
}
