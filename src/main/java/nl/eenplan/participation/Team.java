package nl.eenplan.participation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team around a household: who takes part, who receives a copy (H-2, H-3). */
@Service
public class Team {

    private static final String COLUMNS = """
            id, household_id, kind, member_id, account_id, organisation_id, name, relation, reachable_days,
            phone, email, active, receives_copy, enforcing, legal_role
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Team(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Participant add(UUID householdId, NewParticipant p, UUID accountId) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into participant (id, household_id, kind, member_id, account_id, organisation_id, name,
                  relation, reachable_days, phone, email, active, receives_copy, enforcing, legal_role, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        householdId,
                        p.kind().name(),
                        p.memberId(),
                        accountId,
                        p.organisationId(),
                        p.name().strip(),
                        p.relation().strip(),
                        Participant.daysColumn(p.reachableDays()),
                        p.phone(),
                        p.email(),
                        p.active(),
                        p.receivesCopy(),
                        p.enforcing(),
                        p.legalRole() == null ? null : p.legalRole().name(),
                        Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ParticipantJoined(householdId, id));
        return find(id).orElseThrow();
    }

    /**
     * The professional who took the case up: the first active professional added to the team, who acts
     * for the case until a coordinator is chosen (M-2).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> caseTakerOf(UUID householdId) {
        return jdbc.sql("select id from participant where household_id = ? and removed_at is null"
                        + " and kind = 'PROFESSIONAL' and active order by added_at, id limit 1")
                .param(householdId)
                .query(UUID.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Participant> of(UUID householdId) {
        return jdbc.sql("select " + COLUMNS + " from participant where household_id = ? and removed_at is null"
                        + " order by case kind when 'HOUSEHOLD_MEMBER' then 0 when 'NETWORK' then 1 else 2 end, name")
                .param(householdId)
                .query(Team::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Participant> find(UUID participantId) {
        return jdbc.sql("select " + COLUMNS + " from participant where id = ? and removed_at is null")
                .param(participantId)
                .query(Team::map)
                .optional();
    }

    /** How this account takes part in the household's team, if it does. */
    @Transactional(readOnly = true)
    public Optional<Participant> participationOf(UUID householdId, UUID accountId) {
        return jdbc.sql("select " + COLUMNS
                        + " from participant where household_id = ? and account_id = ? and removed_at is null"
                        + " order by active desc limit 1")
                .params(householdId, accountId)
                .query(Team::map)
                .optional();
    }

    /**
     * Everyone who takes or took part in the household's team, also participations that ended
     * a personal-data copy is complete): current ones first, then the most recently ended.
     */
    @Transactional(readOnly = true)
    public List<Participant> everyParticipationIn(UUID householdId) {
        return jdbc.sql("select " + COLUMNS + " from participant where household_id = ?"
                        + " order by removed_at desc nulls first, added_at, id")
                .param(householdId)
                .query(Team::map)
                .list();
    }

    /** Every participation of an account, across households. */
    @Transactional(readOnly = true)
    public List<Participant> participationsOf(UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from participant where account_id = ? and removed_at is null")
                .param(accountId)
                .query(Team::map)
                .list();
    }

    @Transactional
    public void linkAccount(UUID participantId, UUID accountId) {
        jdbc.sql("update participant set account_id = ? where id = ?")
                .params(accountId, participantId)
                .update();
    }

    /** Records the e-mail address of a participant, for example to invite them (H-2). */
    @Transactional
    public void recordEmail(UUID participantId, String email) {
        jdbc.sql("update participant set email = ? where id = ?")
                .params(email.strip(), participantId)
                .update();
    }

    /** H-3: the household decides which of the team receive a copy of the plan. */
    @Transactional
    public void chooseCopyRecipients(UUID householdId, Collection<UUID> receiving) {
        var ids = String.join(",", receiving.stream().map(UUID::toString).toList());
        jdbc.sql("""
                update participant set receives_copy = (id::text = any(string_to_array(?, ',')))
                where household_id = ? and removed_at is null
                """).params(ids, householdId).update();
    }

    private static Participant map(ResultSet rs, int row) throws SQLException {
        var legalRole = rs.getString("legal_role");
        return new Participant(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                ParticipantKind.valueOf(rs.getString("kind")),
                rs.getObject("member_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("name"),
                rs.getString("relation"),
                Participant.daysOf(rs.getString("reachable_days")),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getBoolean("active"),
                rs.getBoolean("receives_copy"),
                rs.getBoolean("enforcing"),
                legalRole == null ? null : LegalRole.valueOf(legalRole));
    }
}
