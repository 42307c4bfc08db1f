package nl.eenplan.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a participation: the person leaves the team and no longer sees the plan, while the history
 * (actions, coordination) keeps the participant. R-7: someone leaves on an end date, a coordinator only
 * after handing over to another participant, and the chain (the team's professionals and the
 * coordinator) is mailed. E-5: the municipal contact point joins a team for an escalation and leaves it
 * when the case is handed back to the coordinator.
 */
@Service
public class Leaving {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ParticipantUpkeep upkeep;
    private final Coordinations coordinations;
    private final Team team;
    private final TeamHistory history;
    private final TeamWork teamWork;
    private final RoleEligibility eligibility;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    Leaving(
            JdbcClient jdbc,
            Clock clock,
            ParticipantUpkeep upkeep,
            Coordinations coordinations,
            Team team,
            TeamHistory history,
            TeamWork teamWork,
            RoleEligibility eligibility,
            Mailer mailer,
            MessageSource messages,
            ApplicationEventPublisher events,
            @Value("${eenplan.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.upkeep = upkeep;
        this.coordinations = coordinations;
        this.team = team;
        this.history = history;
        this.teamWork = teamWork;
        this.eligibility = eligibility;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * what the leaving form shows for this participant; {@link TeamNotFound} for whom one cannot let
     * leave. Logged as a read of the team: the form shows him and who may take over.
     */
    @Transactional
    public LeavingChoice choice(UUID householdId, TeamViewer viewer, UUID participantId) {
        var participant = upkeep.toEdit(householdId, viewer, participantId);
        if (participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER) {
            throw new TeamNotFound();
        }
        var coordination = coordinations.of(householdId);
        var coordinator = participant.id().equals(coordination.coordinatorId());
        return new LeavingChoice(
                participant,
                upkeep.versions(householdId).getOrDefault(participantId, 0),
                coordination.version(),
                coordinator,
                participant.id().equals(coordination.processCoordinatorId()),
                coordinator
                        ? eligibility.eligible(householdId, Role.COORDINATOR).stream()
                                .filter(p -> !p.id().equals(participantId))
                                .toList()
                        : java.util.List.of());
    }

    /** Returns whether the participant was still in the team. */
    @Transactional
    public boolean leave(UUID participantId) {
        return jdbc.sql("""
                        update participant set active = false, receives_copy = false, removed_at = ?,
                          version = version + 1
                        where id = ? and removed_at is null
                        """)
                        .params(Timestamp.from(clock.instant()), participantId)
                        .update()
                > 0;
    }

    /**
     * a network member or professional leaves the team on the end date (today or earlier, not before
     * he joined). The coordinator hands over first, in the same transaction; a process coordinator is
     * replaced on the coordination page first. Refusals change nothing.
     */
    @Transactional
    public void leaveTeam(UUID householdId, TeamViewer viewer, UUID participantId, Departure departure) {
        var participant = upkeep.editable(householdId, viewer, participantId);
        if (participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER) {
            throw new TeamRefused("team.leave.householdMember");
        }
        var today = teamWork.today();
        var joined = joinedOn(participantId);
        if (departure.endedOn().isAfter(today) || departure.endedOn().isBefore(joined)) {
            throw new TeamRefused("team.leave.endDate");
        }
        var coordination = coordinations.of(householdId);
        if (participant.id().equals(coordination.processCoordinatorId())) {
            throw new TeamRefused("team.leave.processCoordinator");
        }
        var coordinator = participant.id().equals(coordination.coordinatorId());
        if (coordinator) {
            if (departure.successor() == null || departure.successor().equals(participantId)) {
                throw new TeamRefused("team.leave.handoverFirst");
            }
            upkeep.inTeam(householdId, departure.successor());
            coordinations.handOver(
                    householdId,
                    departure.successor(),
                    departure.handoverNote(),
                    departure.coordinationVersion(),
                    viewer.accountId());
        }
        var rows = jdbc.sql("""
                        update participant set active = false, receives_copy = false, removed_at = ?, ended_on = ?,
                          version = version + 1
                        where id = ? and version = ? and removed_at is null
                        """)
                .params(Timestamp.from(clock.instant()), departure.endedOn(), participantId, departure.version())
                .update();
        if (rows == 0) {
            throw new ParticipantChangedMeanwhile();
        }
        history.record(participant, TeamChange.LEFT, departure.endedOn().toString(), viewer.accountId());
        mailTheChain(householdId, participant, departure);
        events.publishEvent(new ParticipantLeft(householdId, participantId, departure.endedOn(), coordinator));
        teamWork.changed(householdId);
        teamWork.log(viewer, "PARTICIPANT_LEFT", householdId, participantId.toString());
    }

    /** the team's professionals, the coordinator and the one who left hear of it; no household data. */
    private void mailTheChain(UUID householdId, Participant left, Departure departure) {
        var coordination = coordinations.of(householdId);
        var recipients = new LinkedHashSet<String>();
        team.of(householdId).stream()
                .filter(p -> p.isProfessional() || coordination.coordinatedBy(p))
                .filter(p -> p.email() != null)
                .forEach(p -> recipients.add(p.email()));
        var link = baseUrl + "/households/" + householdId + "/team";
        var date = DATE.format(departure.endedOn());
        recipients.remove(left.email());
        recipients.forEach(address -> mailer.send(new OutgoingMail(
                address,
                messages.getMessage("mail.team.left.subject", null, DUTCH),
                messages.getMessage("mail.team.left.body", new Object[] {date, link}, DUTCH))));
        if (left.email() != null) {
            mailer.send(new OutgoingMail(
                    left.email(),
                    messages.getMessage("mail.team.youLeft.subject", null, DUTCH),
                    messages.getMessage("mail.team.youLeft.body", new Object[] {date}, DUTCH)));
        }
    }

    private java.time.LocalDate joinedOn(UUID participantId) {
        var added = jdbc.sql("select added_at from participant where id = ?")
                .param(participantId)
                .query(Timestamp.class)
                .single();
        return LocalDateTime.ofInstant(added.toInstant(), DutchTime.ZONE).toLocalDate();
    }
}
