package nl.eenplan.participation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the team up to date (H-2, H-3): a participant's details are edited by whoever may change the
 * team; whether a network member or professional takes part or only receives a copy the household
 * decides ({@link HouseholdMaintenance#decidesCopies()}). A household member always takes part, and the
 * coordinator cannot become copy-only. Each change is made on the version the form showed, goes into
 * the team's history and the access log.
 */
@Service
public class ParticipantUpkeep {

    private final Team team;
    private final TeamWork teamWork;
    private final TeamHistory history;
    private final Coordinations coordinations;
    private final HouseholdRegister households;
    private final OrganisationDirectory organisations;
    private final JdbcClient jdbc;
    private final AccountDirectory accounts;

    ParticipantUpkeep(
            Team team,
            TeamWork teamWork,
            TeamHistory history,
            Coordinations coordinations,
            HouseholdRegister households,
            OrganisationDirectory organisations,
            JdbcClient jdbc,
            AccountDirectory accounts) {
        this.team = team;
        this.teamWork = teamWork;
        this.history = history;
        this.coordinations = coordinations;
        this.households = households;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The version of each current participant, for the forms that change them. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> versions(UUID householdId) {
        return jdbc
                .sql("select id, version from participant where household_id = ? and removed_at is null")
                .param(householdId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The team's history, most recent first, for the team page, whose read is logged once; only for
     * those who see the whole team.
     */
    @Transactional(readOnly = true)
    public List<TeamHistoryLine> history(UUID householdId, TeamViewer viewer) {
        if (!viewer.in(householdId).seesWholeTeam()) {
            return List.of();
        }
        return history.of(householdId).stream()
                .map(entry -> new TeamHistoryLine(
                        LocalDateTime.ofInstant(entry.recordedAt(), DutchTime.ZONE),
                        entry.kind(),
                        entry.participantName(),
                        entry.kind() == TeamChange.EDITED && entry.detail() != null
                                ? Arrays.asList(entry.detail().split(","))
                                : List.of(),
                        entry.kind() == TeamChange.LEFT ? LocalDate.parse(entry.detail()) : null,
                        entry.recordedBy() == null
                                ? null
                                : accounts.find(entry.recordedBy())
                                        .map(AccountSummary::displayName)
                                        .orElse(null)))
                .toList();
    }

    /** The participant of this household, as the editor may change him; {@link TeamNotFound} otherwise. */
    @Transactional(readOnly = true)
    public Participant editable(UUID householdId, TeamViewer viewer, UUID participantId) {
        teamWork.editable(householdId, viewer);
        return inTeam(householdId, participantId);
    }

    /**
     * The participant on the page that edits him: as {@link #editable}, and logged as a read of the team
     * as the team's page and API log it: the page shows his phone, e-mail and relation.
     */
    @Transactional
    public Participant toEdit(UUID householdId, TeamViewer viewer, UUID participantId) {
        var participant = editable(householdId, viewer, participantId);
        teamWork.log(viewer, "TEAM_READ", householdId, participantId.toString());
        return participant;
    }

    /** H-2: edits relation, reachable days, phone, e-mail and (a professional) the organisation. */
    @Transactional
    public void edit(UUID householdId, TeamViewer viewer, UUID participantId, ParticipantDetails details, int version) {
        var participant = editable(householdId, viewer, participantId);
        var organisationId = participant.isProfessional() ? details.organisationId() : null;
        if (participant.isProfessional()
                && (organisationId == null || organisations.find(organisationId).isEmpty())) {
            throw new TeamRefused("participant.organisation.required");
        }
        var fields = changedFields(participant, details, organisationId);
        if (fields.isEmpty()) {
            throw new TeamRefused("team.edit.nothingChanged");
        }
        var rows = jdbc.sql("""
                        update participant set relation = ?, reachable_days = ?, phone = ?, email = ?,
                          organisation_id = coalesce(?, organisation_id), version = version + 1
                        where id = ? and version = ? and removed_at is null
                        """)
                .params(
                        details.relation(),
                        Participant.daysColumn(details.reachableDays()),
                        details.phone(),
                        details.email(),
                        organisationId,
                        participantId,
                        version)
                .update();
        if (rows == 0) {
            throw new ParticipantChangedMeanwhile();
        }
        history.record(participant, TeamChange.EDITED, String.join(",", fields), viewer.accountId());
        teamWork.changed(householdId);
        teamWork.log(viewer, "PARTICIPANT_EDITED", householdId, participantId.toString());
    }

    /**
     * H-3: makes a network member or professional take part ({@code active}) or receive a copy only;
     * one who becomes copy-only receives the copy, a professional who takes part always does (PL-9).
     */
    @Transactional
    public void switchTo(UUID householdId, TeamViewer viewer, UUID participantId, boolean active, int version) {
        var participant = editable(householdId, viewer, participantId);
        if (!decidesCopies(householdId, viewer)) {
            throw new TeamRefused("team.switch.householdDecides");
        }
        if (participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER) {
            throw new TeamRefused("team.switch.householdTakesPart");
        }
        if (!active && coordinations.of(householdId).coordinatedBy(participant)) {
            throw new TeamRefused("team.switch.coordinatorTakesPart");
        }
        if (participant.active() == active) {
            throw new TeamRefused(active ? "team.switch.alreadyActive" : "team.switch.alreadyCopyOnly");
        }
        var receivesCopy = !active || participant.isProfessional() || participant.receivesCopy();
        var rows = jdbc.sql("""
                        update participant set active = ?, receives_copy = ?, version = version + 1
                        where id = ? and version = ? and removed_at is null
                        """)
                .params(active, receivesCopy, participantId, version)
                .update();
        if (rows == 0) {
            throw new ParticipantChangedMeanwhile();
        }
        history.record(
                participant, active ? TeamChange.MADE_ACTIVE : TeamChange.MADE_COPY_ONLY, null, viewer.accountId());
        teamWork.changed(householdId);
        teamWork.log(viewer, "PARTICIPANT_SWITCHED", householdId, participantId.toString());
    }

    /** H-3: whether this viewer decides who of the team is copy-only. */
    @Transactional(readOnly = true)
    public boolean decidesCopies(UUID householdId, TeamViewer viewer) {
        var members = households.members(householdId);
        return new HouseholdMaintenance(
                        viewer,
                        coordinations.of(householdId),
                        team.caseTakerOf(householdId).orElse(null),
                        members,
                        teamWork.today())
                .decidesCopies();
    }

    Participant inTeam(UUID householdId, UUID participantId) {
        return team.find(participantId)
                .filter(p -> p.householdId().equals(householdId))
                .orElseThrow(TeamNotFound::new);
    }

    private static List<String> changedFields(
            Participant participant, ParticipantDetails details, UUID organisationId) {
        var fields = new ArrayList<String>();
        if (!participant.relation().equals(details.relation())) {
            fields.add("relation");
        }
        if (!participant.reachableDays().equals(details.reachableDays())) {
            fields.add("reachableDays");
        }
        if (!Objects.equals(participant.phone(), details.phone())) {
            fields.add("phone");
        }
        if (!Objects.equals(participant.email(), details.email())) {
            fields.add("email");
        }
        if (organisationId != null && !organisationId.equals(participant.organisationId())) {
            fields.add("organisation");
        }
        return fields;
    }
}
