package nl.eenplan.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a household's members up to date after registration (H-1): a member added later, the birth of
 * an expected child, moving out or in, and corrections. Each change is made only on the version
 * the caller saw ({@link MemberChangedMeanwhile} otherwise, nothing changed), goes into the household's
 * history and is published for the modules that care (consent's age rule, the team). Who may make it
 * is decided by the caller.
 */
@Service
public class Members {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final HouseholdRegister register;

    Members(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, HouseholdRegister register) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.register = register;
    }

    /** Adds a member to a registered household; returns his id. */
    @Transactional
    public UUID add(UUID householdId, NewMember member, UUID recordedBy) {
        var memberId = UUID.randomUUID();
        jdbc.sql("""
                insert into household_member (id, household_id, position, given_name, family_name,
                  date_of_birth, expected_birth_date, relation, lives_at_address)
                values (?, ?, (select coalesce(max(position), -1) + 1 from household_member where household_id = ?),
                  ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        memberId,
                        householdId,
                        householdId,
                        member.givenName().strip(),
                        member.familyName().strip(),
                        member.dateOfBirth(),
                        member.expectedBirthDate(),
                        member.relation().strip(),
                        member.livesAtAddress())
                .update();
        var name = member.givenName().strip() + " " + member.familyName().strip();
        history(householdId, memberId, HouseholdChange.MEMBER_ADDED, name, null, recordedBy);
        events.publishEvent(new MemberAdded(householdId, memberId, member.dateOfBirth() == null));
        return memberId;
    }

    /** H-1: the expected child was born; its expected birth date becomes its date of birth. */
    @Transactional
    public void recordBirth(
            UUID householdId,
            UUID memberId,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            int version,
            UUID recordedBy) {
        var member = current(householdId, memberId, version);
        if (!member.unborn()) {
            throw new MemberRefused("household.birth.alreadyBorn");
        }
        changed(jdbc.sql("""
                        update household_member set date_of_birth = ?, expected_birth_date = null, given_name = ?,
                          family_name = ?, version = version + 1
                        where id = ? and version = ? and date_of_birth is null
                        """)
                .params(dateOfBirth, givenName.strip(), familyName.strip(), memberId, version)
                .update());
        var name = givenName.strip() + " " + familyName.strip();
        history(householdId, memberId, HouseholdChange.CHILD_BORN, name, dateOfBirth.toString(), recordedBy);
        events.publishEvent(new ChildBorn(householdId, memberId, dateOfBirth));
    }

    /** H-1: a member moved out of the household's address, or (back) in. */
    @Transactional
    public void recordAddress(UUID householdId, UUID memberId, boolean livesAtAddress, int version, UUID recordedBy) {
        var member = current(householdId, memberId, version);
        if (member.livesAtAddress() == livesAtAddress) {
            throw new MemberRefused(livesAtAddress ? "household.move.alreadyIn" : "household.move.alreadyOut");
        }
        changed(jdbc.sql("update household_member set lives_at_address = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(livesAtAddress, memberId, version)
                .update());
        history(
                householdId,
                memberId,
                livesAtAddress ? HouseholdChange.MOVED_IN : HouseholdChange.MOVED_OUT,
                member.name(),
                null,
                recordedBy);
        events.publishEvent(new MemberMoved(householdId, memberId, livesAtAddress));
    }

    /**
     * corrects a member's name, date of birth (an expected child: its expected birth date) or
     * relation. The history names the corrected fields, not the old values.
     */
    @Transactional
    public void rectify(UUID householdId, UUID memberId, Rectification correct, int version, UUID recordedBy) {
        var member = current(householdId, memberId, version);
        var fields = new ArrayList<String>();
        if (!member.givenName().equals(correct.givenName())) {
            fields.add("givenName");
        }
        if (!member.familyName().equals(correct.familyName())) {
            fields.add("familyName");
        }
        var date = member.unborn() ? member.expectedBirthDate() : member.dateOfBirth();
        if (!date.equals(correct.dateOfBirth())) {
            fields.add(member.unborn() ? "expectedBirthDate" : "dateOfBirth");
        }
        if (!member.relation().equals(correct.relation())) {
            fields.add("relation");
        }
        if (fields.isEmpty()) {
            throw new MemberRefused("household.rectify.nothingChanged");
        }
        changed(jdbc.sql("""
                        update household_member set given_name = ?, family_name = ?, relation = ?,
                          date_of_birth = case when date_of_birth is null then null else ? end,
                          expected_birth_date = case when date_of_birth is null then ? else null end,
                          version = version + 1
                        where id = ? and version = ?
                        """)
                .params(
                        correct.givenName(),
                        correct.familyName(),
                        correct.relation(),
                        correct.dateOfBirth(),
                        correct.dateOfBirth(),
                        memberId,
                        version)
                .update());
        history(
                householdId,
                memberId,
                HouseholdChange.RECTIFIED,
                correct.givenName() + " " + correct.familyName(),
                String.join(",", fields),
                recordedBy);
        events.publishEvent(new MemberRectified(householdId, memberId));
    }

    /** C-1: parental authority over this child was recorded anew; only the history is written here. */
    @Transactional
    public void authorityChanged(UUID householdId, Member child, UUID recordedBy) {
        history(householdId, child.id(), HouseholdChange.AUTHORITY_CHANGED, child.name(), null, recordedBy);
    }

    /** The version of each member of the household, for the forms that change them. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> versions(UUID householdId) {
        return jdbc
                .sql("select id, version from household_member where household_id = ?")
                .param(householdId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The household's history, most recent first. */
    @Transactional(readOnly = true)
    public List<HouseholdHistoryEntry> history(UUID householdId) {
        return jdbc.sql("""
                        select kind, member_id, member_name, detail, recorded_by, recorded_at from household_history
                        where household_id = ? order by recorded_at desc, id desc
                        """)
                .param(householdId)
                .query((rs, n) -> new HouseholdHistoryEntry(
                        HouseholdChange.valueOf(rs.getString("kind")),
                        rs.getObject("member_id", UUID.class),
                        rs.getString("member_name"),
                        rs.getString("detail"),
                        rs.getObject("recorded_by", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private Member current(UUID householdId, UUID memberId, int version) {
        var row = jdbc.sql("select household_id, version from household_member where id = ? for update")
                .param(memberId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .optional()
                .filter(e -> e.getKey().equals(householdId))
                .orElseThrow(() -> new MemberRefused("household.member.unknown"));
        if (row.getValue() != version) {
            throw new MemberChangedMeanwhile();
        }
        return register.members(householdId).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new MemberRefused("household.member.unknown"));
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new MemberChangedMeanwhile();
        }
    }

    private void history(
            UUID householdId, UUID memberId, HouseholdChange kind, String name, String detail, UUID recordedBy) {
        jdbc.sql("""
                insert into household_history (household_id, member_id, kind, member_name, detail, recorded_by,
                  recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(householdId, memberId, kind.name(), name, detail, recordedBy, Timestamp.from(clock.instant()))
                .update();
    }
}
