package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.Members;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.CareEnds;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.retention.DestructionBasis;
import nl.eenplan.retention.DestructionRecords;
import nl.eenplan.retention.Retention;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * a youth-care file is kept 20 years after care ended, then destroyed whole: the clock moves to
 * the day before and the day itself. The household is the matrix household, with something in every
 * module: plan versions, round table minutes, an escalation, consents, coordination, mails.
 */
class HouseholdDestructionTests extends EenPlanTest {

    /** The access log (append-only and sealed) keeps its ids and codes; see docs/adr/0022. */
    private static final List<String> KEPT_BY_DECISION = List.of("destruction_record", "audit_entry");

    @Autowired
    MatrixFixture fixture;

    @Autowired
    Retention retention;

    @Autowired
    CareEnds careEnds;

    @Autowired
    DestructionRecords records;

    @Autowired
    PlanClosing planClosing;

    @Autowired
    PlanAccess access;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Team team;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "X-6, H-4: nothing is destroyed 20 years minus a day after care ended; on the day the whole file goes, in every module, leaving only the destruction record and the access log")
    void theFileIsDestroyedTwentyYearsAfterCareEnded() {
        var world = fixture.fresh();
        var household = world.household();
        var hanna = world.people().get(Actor.PROFESSIONAL);
        var mover = households.members(household).getFirst();
        members.recordAddress(
                household, mover.id(), false, members.versions(household).get(mover.id()), hanna.id());
        assertThat(members.history(household))
                .as("the household's history has an entry")
                .isNotEmpty();
        planClosing.close(household, access.viewer(household, hanna), planVersion(household), CloseReason.HANDED_OVER);
        var ids = new ArrayList<UUID>();
        ids.add(household);
        households.members(household).stream().map(Member::id).forEach(ids::add);
        team.everyParticipationIn(household).stream().map(Participant::id).forEach(ids::add);
        awaitEventsAbout(household);

        var ended = careEnds.endedOn(household).orElseThrow();
        var dayBefore = at(ended.plusYears(20).minusDays(1), LocalTime.of(23, 59));
        assertThat(retention.sweep(List.of(household), dayBefore)).isZero();
        assertThat(careEnds.endedBefore(cutoff(dayBefore), Integer.MAX_VALUE)).doesNotContain(household);
        assertThat(households.find(household)).isPresent();

        var theDay = at(ended.plusYears(20), LocalTime.of(2, 30));
        assertThat(careEnds.endedBefore(cutoff(theDay), Integer.MAX_VALUE)).contains(household);
        assertThat(retention.sweep(List.of(household), theDay)).isEqualTo(1);
        assertThat(retention.sweep(List.of(household), theDay))
                .as("a second run finds nothing")
                .isZero();

        var record = records.of(household).orElseThrow();
        assertThat(record.basis()).isEqualTo(DestructionBasis.RETENTION_ENDED);
        assertThat(record.careEndedOn()).isEqualTo(ended);
        assertThat(record.rowCounts())
                .containsEntry("household", 1)
                .containsEntry("household_member", 2)
                .containsEntry("plan", 1)
                .containsEntry("plan_version", 2)
                .containsEntry("round_table", 1)
                .containsEntry("escalation", 1);
        assertThat(record.rowCounts().get("consent")).isPositive();
        assertThat(record.rowCounts().get("participant")).isEqualTo(ids.size() - 3);
        assertThat(record.rowCounts().get("outbox_mail")).isPositive();

        assertThat(tablesHolding(ids.stream().map(UUID::toString).toList()))
                .as("tables that still hold an id of the household, its members or its team")
                .isEmpty();
        assertThat(tablesHolding(List.of(world.familyName())))
                .as("tables that still hold the family name")
                .isEmpty();
        assertThat(households.find(world.otherHousehold()))
                .as("another household of Hanna")
                .isPresent();
        assertThat(jdbc.sql("select count(*) from audit_entry where household_id = ? and event = 'HOUSEHOLD_DESTROYED'")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** The tables (but those kept by decision) with a uuid or text column holding one of these values. */
    private List<String> tablesHolding(List<String> values) {
        var columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.data_type in ('uuid', 'text', 'character varying', 'jsonb', 'json')
                        """)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        var found = new ArrayList<String>();
        for (var column : columns) {
            var table = column[0];
            if (KEPT_BY_DECISION.stream().anyMatch(table::startsWith)) {
                continue;
            }
            var patterns = values.stream().map(v -> "%" + v + "%").toArray(String[]::new);
            var sql = "select count(*) from " + table + " where " + column[1] + "::text like any (?)";
            var count = jdbc.sql(sql).param(patterns).query(Integer.class).single();
            if (count > 0) {
                found.add(table + "." + column[1]);
            }
        }
        return found;
    }

    private int planVersion(UUID household) {
        return jdbc.sql("select version from plan where household_id = ? and status <> 'CLOSED'")
                .param(household)
                .query(Integer.class)
                .single();
    }

    /** The listeners (monitoring) have handled every event about the household. */
    private void awaitEventsAbout(UUID household) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                                .param("%" + household + "%")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(DutchTime.ZONE).toInstant();
    }

    private static Instant cutoff(Instant now) {
        return now.atZone(DutchTime.ZONE)
                .toLocalDate()
                .minusYears(20)
                .plusDays(1)
                .atStartOfDay(DutchTime.ZONE)
                .toInstant();
    }
}
