package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * X-1, C-1: who follows household A through the event feed (issue 16, docs/adr/0030), each actor with
 * an API token of his own. {@code A}: A's events are in his feed, and the read is logged with one
 * {@code FEED_LISTED} entry about A on the basis of his view of its plan; {@code -}: an answer without
 * A (the read logged, A not); {@code E}: only the events of A's escalation, which he oversees, logged on
 * that basis; {@code 403}: a problem, nothing logged; not logged in: 401.
 */
@DisplayName("X-1, C-1: who follows which household through the event feed")
class FeedAuthorizationMatrixTests extends MatrixTest {

    // HH household member, NET network, PRO professional with consent, NOC professional without
    // consent, COPY copy-only professional, COL colleague not in the team, MGR manager, CP municipal
    // contact point (both oversee the escalation about A: its events only), ADM administrator.
    //                                                  HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> FEED = List.of(new Row("/api/v1/events", "403  403  A    -    A    -    E    E    403"));

    static Stream<Arguments> feed() {
        return cells(FEED, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("feed")
    @DisplayName("X-1, C-1: the event feed")
    void feed(String route, Actor actor, String answer) throws Exception {
        var person = actor == Actor.ANONYMOUS ? null : person(actor);
        var request = get(path(route) + "?limit=100");
        if (person != null) {
            request.header("Authorization", "Bearer " + token(person));
        }
        var before = lastEntryId();
        var response = mvc.perform(request).andReturn().getResponse();
        var body = response.getContentAsString(StandardCharsets.UTF_8);
        var entries = entriesSince(before, person);
        var household = world().household().toString();

        switch (answer) {
            case "A", "-", "E" -> {
                assertThat(response.getStatus()).isEqualTo(200);
                List<String> households = JsonPath.read(body, "$.events[*].data.householdId");
                var aboutA = entries.stream()
                        .filter(e -> world().household().equals(e.household()))
                        .toList();
                assertThat(entries.getFirst().event()).isEqualTo("FEED_READ");
                if (answer.equals("E")) {
                    List<String> types =
                            JsonPath.read(body, "$.events[?(@.data.householdId == '" + household + "')].type");
                    assertThat(types)
                            .isNotEmpty()
                            .allSatisfy(type -> assertThat(type).startsWith("nl.eenplan.escalation."));
                    assertThat(aboutA).singleElement().satisfies(e -> {
                        assertThat(e.event()).isEqualTo("FEED_LISTED");
                        assertThat(e.basis()).isEqualTo("escalation:" + world().escalation());
                    });
                } else if (answer.equals("A")) {
                    assertThat(households).contains(household);
                    // What the modules published about A: plan, team, consent, round table and escalation.
                    List<String> types =
                            JsonPath.read(body, "$.events[?(@.data.householdId == '" + household + "')].type");
                    assertThat(types)
                            .contains(
                                    "nl.eenplan.plan.started",
                                    "nl.eenplan.goal.added",
                                    "nl.eenplan.action.added",
                                    "nl.eenplan.plan.established",
                                    "nl.eenplan.team.changed",
                                    "nl.eenplan.consent.recorded",
                                    "nl.eenplan.round-table.initiated",
                                    "nl.eenplan.escalation.started");
                    assertThat(aboutA).singleElement().satisfies(e -> {
                        assertThat(e.event()).isEqualTo("FEED_LISTED");
                        assertThat(e.basis()).isEqualTo(expectedBasis(actor));
                    });
                } else {
                    assertThat(households).doesNotContain(household);
                    assertThat(aboutA).isEmpty();
                }
            }
            default -> {
                assertThat(response.getStatus()).isEqualTo(Integer.parseInt(answer));
                assertThat(entries).isEmpty();
                assertThat(body).doesNotContain(household);
                leaksNothing(body);
            }
        }
    }
}
