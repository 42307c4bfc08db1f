package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C-1: the authorization matrix of the plan API, each actor with an API token of his own.
 * {@code 200}: one entry about household A with its basis; {@code 403}: C-1, the problem
 * {@code consent-missing}, no entry; {@code 404}: no entry and nothing of either household; {@code 401}:
 * no token.
 */
@DisplayName("X-1, X-5, C-1: who reads what of the plan through the API")
class ApiAuthorizationMatrixTests extends MatrixTest {

    // HH household member, NET network, PRO professional with consent, NOC professional without
    // consent, COPY copy-only professional, COL colleague not in the team, MGR manager, CP municipal
    // contact point, ADM administrator. Not logged in: 401.
    //                                                                   HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> API = List.of(
            new Row("/api/v1/households/{A}/plan", "                     200  200  200  403  404  404  404  404  404"),
            // a network member reads the goals and actions he takes part in, nothing else.
            new Row("/api/v1/households/{A}/plan/goals/{goal}", "        200  200  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/goals/{otherGoal}", "   200  404  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/actions/{action}", "    200  404  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/actions/{omasAction}", "200  200  200  403  404  404  404  404  404"),
            // PL-9: copy-only recipients read the established versions, nothing in between.
            new Row("/api/v1/households/{A}/plan/versions", "            200  200  200  403  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/versions/1", "          200  200  200  403  200  404  404  404  404"),
            // the plan as FHIR, to exactly those who read the plan (ADR 0028).
            new Row("/api/v1/households/{A}/plan/fhir", "                200  200  200  403  404  404  404  404  404"));

    static Stream<Arguments> api() {
        return cells(API, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("api")
    @DisplayName("X-1, X-5, C-1: the plan API")
    void api(String route, Actor actor, String answer) throws Exception {
        var person = actor == Actor.ANONYMOUS ? null : person(actor);
        var request = get(path(route));
        if (person != null) {
            request.header("Authorization", "Bearer " + token(person));
        }
        var before = lastEntryId();
        var response = mvc.perform(request).andReturn().getResponse();
        var body = response.getContentAsString(StandardCharsets.UTF_8);
        var entries = entriesSince(before, person);

        assertThat(response.getStatus()).isEqualTo(Integer.parseInt(answer));
        switch (answer) {
            case "200" -> {
                assertThat(entries).as("one access, one entry").hasSize(1);
                assertThat(entries.getFirst().household()).isEqualTo(world().household());
                assertThat(entries.getFirst().basis()).as("basis").isEqualTo(expectedBasis(actor));
            }
            case "403" -> {
                assertThat(body).contains("urn:eenplan:problem:consent-missing");
                assertThat(entries).isEmpty();
                leaksNothing(body);
            }
            default -> {
                assertThat(entries).isEmpty();
                leaksNothing(body);
            }
        }
    }
}
