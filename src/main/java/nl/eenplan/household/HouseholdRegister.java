package nl.eenplan.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers households with their members and parental authority. */
@Service
public class HouseholdRegister {

    private final JdbcClient jdbc;
    private final Clock clock;

    HouseholdRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a household; returns its id followed by the ids of its members, in order. */
    @Transactional
    public List<UUID> register(
            String name, UUID municipalityId, String street, String postcode, String city, List<NewMember> members) {
        var householdId = UUID.randomUUID();
        jdbc.sql("""
                insert into household (id, version, name, municipality_id, street, postcode, city, created_at)
                values (?, 0, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        householdId,
                        name.strip(),
                        municipalityId,
                        street,
                        postcode,
                        city,
                        Timestamp.from(clock.instant()))
                .update();
        var ids = new ArrayList<UUID>();
        ids.add(householdId);
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            var memberId = UUID.randomUUID();
            jdbc.sql("""
                    insert into household_member (id, household_id, position, given_name, family_name,
                      date_of_birth, expected_birth_date, relation, lives_at_address)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            memberId,
                            householdId,
                            i,
                            member.givenName().strip(),
                            member.familyName().strip(),
                            member.dateOfBirth(),
                            member.expectedBirthDate(),
                            member.relation().strip(),
                            member.livesAtAddress())
                    .update();
            ids.add(memberId);
        }
        return ids;
    }

    /** Records that {@code holder} has parental authority (gezag) over {@code child} (C-1). */
    @Transactional
    public void grantParentalAuthority(UUID childId, UUID holderId) {
        jdbc.sql("insert into parental_authority (child_id, holder_id) values (?, ?) on conflict do nothing")
                .params(childId, holderId)
                .update();
    }

    /** Ends the parental authority of {@code holder} over {@code child} (C-1). */
    @Transactional
    public void revokeParentalAuthority(UUID childId, UUID holderId) {
        jdbc.sql("delete from parental_authority where child_id = ? and holder_id = ?")
                .params(childId, holderId)
                .update();
    }

    /** Links a member to the account they log in with. */
    @Transactional
    public void linkAccount(UUID memberId, UUID accountId) {
        jdbc.sql("update household_member set account_id = ? where id = ?")
                .params(accountId, memberId)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<HouseholdSummary> find(UUID householdId) {
        return jdbc.sql("select id, name, municipality_id, street, postcode, city from household where id = ?")
                .param(householdId)
                .query(HouseholdSummary.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Member> members(UUID householdId) {
        return jdbc.sql("""
                        select m.id, m.given_name, m.family_name, m.date_of_birth, m.expected_birth_date, m.relation,
                          m.lives_at_address, m.account_id,
                          array(select a.holder_id from parental_authority a where a.child_id = m.id)
                            as authority_holders
                        from household_member m where m.household_id = ? order by m.position
                        """).param(householdId).query(HouseholdRegister::member).list();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        var holders = (UUID[]) rs.getArray("authority_holders").getArray();
        return new Member(
                rs.getObject("id", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("expected_birth_date", LocalDate.class),
                rs.getString("relation"),
                rs.getBoolean("lives_at_address"),
                rs.getObject("account_id", UUID.class),
                Set.of(holders));
    }

    @Transactional(readOnly = true)
    public int count() {
        return jdbc.sql("select count(*) from household").query(Integer.class).single();
    }
}
