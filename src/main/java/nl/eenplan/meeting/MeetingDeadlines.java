package nl.eenplan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.calendar.DutchMoments;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of round tables: for whoever took the initiative, holding it within the window
 * (M-3, due on its last day) until it is held or called off; for each invitee who has not answered,
 * answering (M-4, due the day before the meeting).
 */
@Component
class MeetingDeadlines implements DeadlineSource {

    private static final DutchMoments MOMENTS = DutchMoments.in(java.util.Locale.forLanguageTag("nl"));

    private final Meetings meetings;
    private final Invitations invitations;
    private final Team team;
    private final HouseholdRegister households;

    MeetingDeadlines(Meetings meetings, Invitations invitations, Team team, HouseholdRegister households) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.team = team;
        this.households = households;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> openDeadlinesOf(UUID accountId, LocalDate today) {
        var deadlines = new ArrayList<Deadline>();
        meetings.plannedBy(accountId)
                .forEach(roundTable -> deadlines.add(deadline(
                        "round-table:" + roundTable.id(),
                        DeadlineKind.ROUND_TABLE,
                        roundTable.window().latest(),
                        roundTable)));
        var mine =
                team.participationsOf(accountId).stream().map(Participant::id).toList();
        for (var open : invitations.unansweredBy(mine)) {
            meetings.find(open.householdId(), open.roundTableId())
                    .ifPresent(roundTable -> deadlines.add(deadline(
                            "round-table-reply:" + roundTable.id() + ":" + open.participantId(),
                            DeadlineKind.ROUND_TABLE_REPLY,
                            open.meetingDate().minusDays(1),
                            roundTable)));
        }
        return deadlines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> accountsWithDeadlinesUntil(LocalDate day) {
        return accountsWithDeadlinesBetween(null, day);
    }

    /** {@code from} null: no lower bound. Reminders ask for a few days, so this stays small. */
    @Override
    @Transactional(readOnly = true)
    public List<UUID> accountsWithDeadlinesBetween(LocalDate from, LocalDate until) {
        var accounts = new LinkedHashSet<UUID>(meetings.initiatorsWithWindowEndingBetween(from, until));
        // M-4: an answer is due the day before the meeting.
        invitations.unansweredParticipantsMeeting(from == null ? null : from.plusDays(1), until.plusDays(1)).stream()
                .map(team::find)
                .flatMap(Optional::stream)
                .map(Participant::accountId)
                .filter(Objects::nonNull)
                .forEach(accounts::add);
        return List.copyOf(accounts);
    }

    private Deadline deadline(String key, DeadlineKind kind, LocalDate due, RoundTable roundTable) {
        var household = households
                .find(roundTable.householdId())
                .map(HouseholdSummary::name)
                .orElse(null);
        return new Deadline(
                key,
                kind,
                due,
                what(roundTable),
                roundTable.householdId(),
                household,
                "/households/" + roundTable.householdId() + "/round-tables/" + roundTable.id());
    }

    /** When and where, in figures: the deadline's label says what it is about. */
    private static String what(RoundTable roundTable) {
        if (!roundTable.scheduled()) {
            return MOMENTS.date(roundTable.window().earliest()) + " – "
                    + MOMENTS.date(roundTable.window().latest());
        }
        var schedule = roundTable.schedule();
        var when = MOMENTS.date(schedule.date()) + ", " + MOMENTS.time(schedule.start());
        return schedule.place() == null ? when : when + ", " + schedule.place();
    }
}
