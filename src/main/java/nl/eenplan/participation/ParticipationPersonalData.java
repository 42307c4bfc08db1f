package nl.eenplan.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.Actor;
import nl.eenplan.audit.HouseholdTeams;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team tells the access log: how the people in a household's log are known in its
 * team, and for a member's personal-data copy his own participation, the team his data is shared with
 * (H-2) and who coordinated when.
 */
@Component
class ParticipationPersonalData implements PersonalDataSource, HouseholdTeams {

    private final JdbcClient jdbc;
    private final Team team;
    private final Coordinations coordinations;
    private final CoordinationIntensities intensities;
    private final OrganisationDirectory organisations;
    private final AccountDirectory accounts;

    ParticipationPersonalData(
            JdbcClient jdbc,
            Team team,
            Coordinations coordinations,
            CoordinationIntensities intensities,
            OrganisationDirectory organisations,
            AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.team = team;
        this.coordinations = coordinations;
        this.intensities = intensities;
        this.organisations = organisations;
    }

    /**
     * Also people who have left the team: the log keeps what they did while they took part; and staff
     * outside the team with the organisation they work for.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Actor> actors(UUID householdId, Collection<UUID> accountIds) {
        var ids = accountIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        var result = new HashMap<UUID, Actor>();
        var names = organisationNames();
        jdbc.sql("""
                        select account_id, name, organisation_id from participant
                        where household_id = ? and account_id::text = any(string_to_array(?, ','))
                        order by removed_at desc nulls first, added_at desc
                        """)
                .params(householdId, ids)
                .query((rs, n) -> {
                    var organisation = rs.getObject("organisation_id", UUID.class);
                    result.putIfAbsent(
                            rs.getObject("account_id", UUID.class),
                            new Actor(rs.getString("name"), organisation == null ? null : names.get(organisation)));
                    return null;
                })
                .list();
        // Staff outside the team (a manager, the contact point of an escalation): their account's name
        // and the organisation they work for, so the household reads who it was.
        for (var id : accountIds) {
            if (!result.containsKey(id)) {
                var memberships = organisations.membershipsOf(id);
                accounts.find(id)
                        .filter(account -> !memberships.isEmpty())
                        .ifPresent(account -> result.put(
                                id,
                                new Actor(
                                        account.displayName(),
                                        memberships.getFirst().organisationName())));
            }
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, UUID> memberAccounts(UUID householdId) {
        return team.of(householdId).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER && p.accountId() != null)
                .collect(Collectors.toMap(Participant::memberId, Participant::accountId, (a, b) -> a));
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var names = organisationNames();
        var participants = team.of(householdId);
        Map<UUID, String> byId = participants.stream().collect(Collectors.toMap(Participant::id, Participant::name));
        var data = new LinkedHashMap<String, Object>();
        data.put("participations", participations(householdId, memberId));
        data.put(
                "team",
                participants.stream()
                        .map(p -> fields(
                                "name", p.name(),
                                "relation", p.relation(),
                                "kind", p.kind().name(),
                                "organisation", p.organisationId() == null ? null : names.get(p.organisationId()),
                                "active", p.active()))
                        .toList());
        data.put(
                "coordinationHistory",
                coordinations.history(householdId).stream()
                        .map(h -> fields(
                                "role", h.role(),
                                "coordinator", byId.get(h.coordinatorId()),
                                "form", h.form(),
                                "chosenBy", h.chosenBy(),
                                "startedAt", h.startedAt(),
                                "endedAt", h.endedAt(),
                                "handoverNote", h.handoverNote()))
                        .toList());
        data.put("coordinationIntensity", intensity(householdId));
        return new PersonalDataSection("participation", data);
    }

    /** the access team's decision whether coordination is intensive, with effort and funding. */
    private Map<String, Object> intensity(UUID householdId) {
        var decision = intensities.of(householdId);
        if (decision.version() == 0) {
            return fields("intensive", false);
        }
        return fields(
                "intensive", decision.intensive(),
                "hoursPerWeek", decision.hoursPerWeek(),
                "startsOn", decision.startsOn(),
                "endsOn", decision.endsOn(),
                "funding",
                        decision.funding() == null ? null : decision.funding().name(),
                "fundingNote", decision.fundingNote(),
                "decidedBy",
                        decision.decidedBy() == null
                                ? null
                                : accounts.find(decision.decidedBy())
                                        .map(a -> a.displayName())
                                        .orElse(null),
                "decidedAt", decision.decidedAt());
    }

    private List<Map<String, Object>> participations(UUID householdId, UUID memberId) {
        return jdbc.sql("""
                        select kind, name, relation, reachable_days, phone, email, active, receives_copy, added_at,
                          removed_at
                        from participant where household_id = ? and member_id = ? order by added_at
                        """)
                .params(householdId, memberId)
                .query((rs, n) -> fields(
                        "kind", rs.getString("kind"),
                        "name", rs.getString("name"),
                        "relation", rs.getString("relation"),
                        "reachableDays", List.copyOf(Participant.daysOf(rs.getString("reachable_days"))),
                        "phone", rs.getString("phone"),
                        "email", rs.getString("email"),
                        "active", rs.getBoolean("active"),
                        "receivesCopy", rs.getBoolean("receives_copy"),
                        "addedAt", instant(rs.getTimestamp("added_at")),
                        "removedAt", instant(rs.getTimestamp("removed_at"))))
                .list();
    }

    private Map<UUID, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    /** A map in the order given, which may hold nulls (Map.of may not). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
