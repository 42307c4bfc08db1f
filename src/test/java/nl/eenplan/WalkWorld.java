package nl.eenplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.participation.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A household of its own for the input walks (they change what they find, so they never share the
 * matrix tests' world), how a route's variables are filled in from it, and the row counts of every
 * table that bad input must leave alone.
 */
@Component
class WalkWorld {

    /**
     * Tables that grow by design while requests are answered: the access log with its seals and
     * checkpoints (made every second by the sealer), sessions, mail in the outbox, the login throttle,
     * scheduled work, published events and monitoring's read model (fed by those events after an
     * earlier request committed, on its own thread).
     */
    private static final Set<String> GROWING = Set.of(
            "audit_entry",
            "audit_seal",
            "audit_checkpoint",
            "spring_session",
            "spring_session_attributes",
            "outbox_mail",
            "outbox_attachment",
            "login_throttle",
            "scheduled_tasks",
            "event_publication",
            "event_publication_archive",
            "monitoring_plan_fact",
            "monitoring_escalation_fact",
            "monitoring_round_table_fact",
            "monitoring_consent_fact",
            // issue 16: the event feed gets an entry with every change
            "feed_event",
            "reminder_sent",
            "reminder_digest_week",
            "flyway_schema_history");

    private final MatrixFixture fixture;
    private final JdbcClient jdbc;
    private final Team team;
    private final ApiTokens tokens;
    private Prepared prepared;
    private String countQuery;
    private boolean changed;

    WalkWorld(MatrixFixture fixture, JdbcClient jdbc, Team team, ApiTokens tokens) {
        this.fixture = fixture;
        this.jdbc = jdbc;
        this.team = team;
        this.tokens = tokens;
    }

    /** The household with its ids by the names routes give them, and who may use which route. */
    record Prepared(MatrixFixture.World world, Map<String, String> ids, String token) {

        AccountPrincipal whoFor(String route) {
            return route.startsWith("/admin")
                    ? world.people().get(Actor.ADMINISTRATOR)
                    : route.startsWith("/escalations")
                            ? world.people().get(Actor.MANAGER)
                            : world.people().get(Actor.PROFESSIONAL);
        }

        /** The route with each {variable} filled in; {id} by the segment before it. */
        String path(String route) {
            var path = new StringBuilder();
            var segments = route.split("/");
            for (var i = 1; i < segments.length; i++) {
                var segment = segments[i];
                path.append('/');
                var matcher =
                        java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(segment);
                var filled = new StringBuilder();
                while (matcher.find()) {
                    var name = matcher.group(1);
                    var key = name.equals("id") ? segments[i - 1] + ".id" : name;
                    matcher.appendReplacement(
                            filled, ids.getOrDefault(key, UUID.randomUUID().toString()));
                }
                matcher.appendTail(filled);
                path.append(filled);
            }
            return path.toString();
        }
    }

    synchronized Prepared world() {
        if (prepared == null) {
            var world = fixture.fresh();
            var ids = new LinkedHashMap<String, String>();
            var hanna = world.people().get(Actor.PROFESSIONAL);
            ids.put("householdId", world.household().toString());
            ids.put("goalId", world.goal().toString());
            ids.put("actionId", world.action().toString());
            ids.put("memberId", world.sanne().toString());
            ids.put("consentId", world.consent().toString());
            ids.put("escalationId", world.escalation().toString());
            ids.put("round-tables.id", world.roundTable().toString());
            ids.put("escalations.id", world.escalation().toString());
            ids.put("consents.id", world.consent().toString());
            ids.put("number", "1");
            ids.put("position", "0");
            ids.put("day", "2026-12-25");
            ids.put("token", "no-such-token");
            // PL-4, tab 4: a life area, and an assessment that does not exist (404).
            ids.put("area", "WORK");
            ids.put("assessmentId", UUID.randomUUID().toString());
            // Round tables through the API (meeting): the household's round table.
            ids.put("roundTableId", world.roundTable().toString());
            // Issue 16, plan steps and escalations: an earlier plan (the walk household has none, so 404).
            ids.put(
                    "planId",
                    jdbc.sql("select id from plan where household_id = ? order by created_at desc limit 1")
                            .param(world.household())
                            .query(UUID.class)
                            .single()
                            .toString());
            ids.put(
                    "childId",
                    jdbc.sql("select id from household_member where household_id = ? and given_name = 'Tim'")
                            .param(world.household())
                            .query(UUID.class)
                            .single()
                            .toString());
            ids.put(
                    "municipalityId",
                    jdbc.sql("select municipality_id from household where id = ?")
                            .param(world.household())
                            .query(UUID.class)
                            .single()
                            .toString());
            ids.put(
                    "participantId",
                    team.participationOf(world.household(), hanna.id())
                            .orElseThrow()
                            .id()
                            .toString());
            // PL-7: treatment plans (the walk household has none, so an unknown one: 404).
            ids.put("treatmentPlanId", UUID.randomUUID().toString());
            // Issue 14, frameworks and implementation checklists (IMP-1, IMP-3): the professional's
            // organisation, the seeded municipality template and its first item.
            ids.put(
                    "organisationId",
                    jdbc.sql("select organisation_id from staff_role where account_id = ? limit 1")
                            .param(hanna.id())
                            .query(UUID.class)
                            .single()
                            .toString());
            ids.put("templateId", "6d3c1a10-0000-4000-8000-000000000001");
            ids.put(
                    "itemId",
                    jdbc.sql(
                                    "select id from implementation_template_item where template_id = ? order by position limit 1")
                            .param(UUID.fromString("6d3c1a10-0000-4000-8000-000000000001"))
                            .query(UUID.class)
                            .single()
                            .toString());
            // Roles and requirements (IMP-4): the provider the walk's professional works for.
            ids.put(
                    "providerId",
                    jdbc.sql("select organisation_id from staff_role where account_id = ? and role = 'PROFESSIONAL'")
                            .param(hanna.id())
                            .query(UUID.class)
                            .list()
                            .getFirst()
                            .toString());
            // Issue 14, yearly evaluation (MON-1, MON-2): this year's report of the household's municipality.
            ids.put("year", Integer.toString(java.time.Year.now().getValue()));
            // Tab 3 of the plan (PL-3): one provision for Sanne, serving the household's goal.
            var provision = UUID.randomUUID();
            jdbc.sql("""
                            insert into plan_provision (id, plan_id, member_id, law, kind, status, created_at)
                            select ?, g.plan_id, ?, 'WMO', 'WMO_SUPPORT', 'REQUESTED', now() from goal g where g.id = ?
                            """).params(provision, world.sanne(), world.goal()).update();
            jdbc.sql("insert into plan_provision_goal (provision_id, goal_id) values (?, ?)")
                    .params(provision, world.goal())
                    .update();
            ids.put("provisionId", provision.toString());
            // IMP-5, training records: the walk's professional, and a training (only administrators: 403).
            ids.put("accountId", hanna.id().toString());
            ids.put("kind", "METHOD_BASIC");
            var token =
                    tokens.issue(hanna.id(), "walk", ApiScope.READ_WRITE, 30).secret();
            prepared = new Prepared(world, Map.copyOf(ids), token);
            megabytes = megabytes();
        }
        return prepared;
    }

    /** The rows of every table bad input must leave alone. */
    Map<String, Long> rowCounts() {
        if (countQuery == null) {
            var tables = jdbc
                    .sql("select table_name from information_schema.tables "
                            + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
                    .query(String.class)
                    .list()
                    .stream()
                    .filter(t -> !GROWING.contains(t))
                    .toList();
            countQuery = tables.stream()
                    .map(t -> "select '" + t + "' as t, count(*) as n from " + t)
                    .collect(Collectors.joining(" union all "));
        }
        var counts = new TreeMap<String, Long>();
        jdbc.sql(countQuery)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        return counts;
    }

    private long megabytes;

    /** How many texts of about a megabyte were stored since the last time this was asked. */
    synchronized long newMegabytes() {
        var now = megabytes();
        var added = now - megabytes;
        megabytes = now;
        return added;
    }

    private long megabytes() {
        var columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = 'public' and data_type in ('text', 'character varying')
                        """).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().stream()
                .filter(c -> !GROWING.contains(c.getFirst()))
                .map(c -> "select count(*) as n from " + c.getFirst() + " where length(" + c.get(1) + ") > 500000")
                .collect(Collectors.joining(" union all "));
        return jdbc.sql("select sum(n) from (" + columns + ") c")
                .query(Long.class)
                .single();
    }

    static String difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + "->" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    void markChanged() {
        changed = true;
    }

    /** Whether an answer since the last question may have changed the world (and so its versions). */
    boolean changed() {
        var was = changed;
        changed = false;
        return was;
    }
}
