package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.identity.StaffAuthorities;
import nl.eenplan.participation.Team;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the matrix tests share: the {@link MatrixFixture}, logging in as each {@link Actor} with the
 * authorities a real login gives, and reading the access log an answer left behind.
 */
abstract class MatrixTest extends EenPlanTest {

    /** Reminder mails are logged by a background task, not by the request under test. */
    private static final String BACKGROUND = "REMINDER_SENT";

    private static final Map<UUID, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    MatrixFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<StaffAuthorities> staffAuthorities;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Team team;

    /**
     * One line of a matrix: a route, and per actor (in the order of {@link Actor}, without {@link
     * Actor#ANONYMOUS}) the designed answer.
     */
    record Row(String route, List<String> answers) {

        Row(String route, String answers) {
            this(route, Arrays.asList(answers.trim().split("\\s+")));
        }

        Row {
            if (answers.size() != Actor.values().length - 1) {
                throw new IllegalArgumentException(route + ": one answer per actor who logs in");
            }
        }
    }

    /** An access-log entry written by a request. */
    record Entry(String event, UUID household, UUID member, String basis) {}

    /**
     * Every cell of the table: route, actor and the designed answer; someone who is not logged in always
     * gets {@code anonymous} (the login page, or 401 from the API).
     */
    static Stream<Arguments> cells(List<Row> table, String anonymous) {
        var cells = new ArrayList<Arguments>();
        for (var row : table) {
            for (var actor : Actor.values()) {
                var answer =
                        actor == Actor.ANONYMOUS ? anonymous : row.answers().get(actor.ordinal());
                cells.add(Arguments.of(row.route(), actor, answer));
            }
        }
        return cells.stream();
    }

    MatrixFixture.World world() {
        return fixture.world();
    }

    AccountPrincipal person(Actor actor) {
        return world().people().get(actor);
    }

    /** The route with its place-holders filled in from the fixture. */
    String path(String route) {
        var w = world();
        return route.replace("{A}", w.household().toString())
                .replace("{B}", w.otherHousehold().toString())
                .replace("{goal}", w.goal().toString())
                .replace("{otherGoal}", w.otherGoal().toString())
                .replace("{action}", w.action().toString())
                .replace("{omasAction}", w.omasAction().toString())
                .replace("{rt}", w.roundTable().toString())
                .replace("{consent}", w.consent().toString())
                .replace("{escalation}", w.escalation().toString())
                .replace("{sanne}", w.sanne().toString())
                .replace("{bert}", w.bertMember().toString())
                .replace("{familyName}", w.familyName())
                .replace("{random}", UUID.randomUUID().toString());
    }

    /** Logged in as after a real login: the kind of account and the roles in organisations. */
    RequestPostProcessor as(AccountPrincipal person) {
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        authorities.add(new SimpleGrantedAuthority("ROLE_" + person.kind().name()));
        staffAuthorities.stream()
                .flatMap(s -> s.of(person.id()).stream())
                .map(SimpleGrantedAuthority::new)
                .forEach(authorities::add);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person, null, authorities));
    }

    /** An API token of this person, issued once. */
    String token(AccountPrincipal person) {
        return TOKENS.computeIfAbsent(
                person.id(), id -> tokens.issue(id, "matrix", ApiScope.READ, 30).secret());
    }

    long lastEntryId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    /** The entries written since {@code after} by this account, or about the matrix households for nobody. */
    List<Entry> entriesSince(long after, AccountPrincipal person) {
        var w = world();
        var sql = person == null
                ? jdbc.sql("""
                        select event, household_id, member_id, basis from audit_entry
                        where id > ? and event <> ? and (account_id is null or household_id in (?, ?)) order by id
                        """).params(after, BACKGROUND, w.household(), w.otherHousehold())
                : jdbc.sql("""
                        select event, household_id, member_id, basis from audit_entry
                        where id > ? and event <> ? and account_id = ? order by id
                        """).params(after, BACKGROUND, person.id());
        return sql.query((rs, n) -> new Entry(
                        rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4)))
                .list();
    }

    /**
     * The basis a view of the plan rests on (X-1, NEN 7513): taking part for the household, the network
     * and a professional without consent; the consents about every member for a professional with them.
     */
    String expectedBasis(Actor actor) {
        return switch (actor) {
            case PROFESSIONAL, COPY_ONLY ->
                String.join(
                        " ",
                        world().consents().stream()
                                .map(c -> "consent:" + c)
                                .sorted()
                                .toList());
            default ->
                "participation:"
                        + team.participationOf(
                                        world().household(), person(actor).id())
                                .orElseThrow()
                                .id();
        };
    }

    /** Nothing of either household in what a refused person reads. */
    void leaksNothing(String body) {
        var w = world();
        assertThat(body)
                .doesNotContain("Gezin " + w.familyName())
                .doesNotContain("Gezin " + w.otherFamilyName())
                .doesNotContain("Tim haalt zijn diploma")
                .doesNotContain(MatrixFixture.MINUTES);
    }
}
