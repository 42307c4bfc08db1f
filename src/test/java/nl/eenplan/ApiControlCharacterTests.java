package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * a text nobody can type (a NUL, another control character) is refused once, where the API reads
 * JSON, for the routes of every module alike: 400, a translated problem naming the field, nothing stored.
 * A tab and a line break are text one types, and pass.
 */
class ApiControlCharacterTests extends MatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WalkWorld walkWorld;

    /** One route of one module with a body whose field {@code field} holds a character nobody types. */
    record Case(String module, HttpMethod method, String path, String body, String field) {

        MockHttpServletRequestBuilder request() {
            return MockMvcRequestBuilders.request(method, path);
        }
    }

    @Test
    @DisplayName("X-1: NUL or another control character in any module's JSON is refused (400 naming the field)")
    void controlCharactersAreRefusedWhereJsonIsRead() throws Exception {
        var world = walkWorld.world();
        var ids = world.ids();
        var household = "/api/v1/households/" + ids.get("householdId");
        var participant = ids.get("participantId");
        var day = LocalDate.now().plusDays(21);
        var cases = List.of(
                new Case(
                        "plan: an action",
                        HttpMethod.PUT,
                        household + "/plan/actions/" + ids.get("actionId"),
                        "{\"what\":\"Bel de school\\u0000\",\"who\":[\"%s\"],\"startDate\":\"%s\",\"targetDate\":\"%s\",\"evaluationDate\":\"%s\"}"
                                .formatted(participant, day, day, day),
                        "what"),
                new Case(
                        "safety plan: start",
                        HttpMethod.POST,
                        household + "/plan/safety",
                        "{\"reason\":\"Moeder is \\u0000 bang\"}",
                        "reason"),
                new Case(
                        "safety plan: a line",
                        HttpMethod.PUT,
                        household + "/plan/safety",
                        "{\"risks\":[{\"what\":\"Ruzie\",\"who\":\"Oma\\u001b\"}]}",
                        "risks[0].who"),
                new Case(
                        "life areas: an assessment",
                        HttpMethod.POST,
                        household + "/plan/life-areas/assessments",
                        "{\"assessedOn\":\"%s\",\"assessedBy\":\"Hanna\",\"note\":\"a\\u0007b\",\"scores\":{\"FINANCES\":2}}"
                                .formatted(LocalDate.now().minusDays(1)),
                        "note"),
                new Case(
                        "monitoring: the year's findings",
                        HttpMethod.PUT,
                        "/api/v1/monitoring/municipalities/" + ids.get("municipalityId") + "/evaluations/2025",
                        "{\"wentWell\":\"Goed\",\"couldBeBetter\":\"a\\u0000b\",\"familyExperiences\":\"\",\"nextYear\":\"\"}",
                        "couldBeBetter"),
                new Case(
                        "implementation: the municipal framework",
                        HttpMethod.PUT,
                        "/api/v1/municipalities/" + ids.get("municipalityId") + "/framework",
                        "{\"youthPolicy\":\"Beleid\\u0008\",\"youthCoordination\":\"\",\"youthFunding\":\"\","
                                + "\"wmoPolicy\":\"\",\"wmoCoordination\":\"\",\"wmoFunding\":\"\"}",
                        "youthPolicy"));
        for (var language : List.of("nl", "en")) {
            for (var c : cases) {
                var before = walkWorld.rowCounts();
                var answer = send(c.request(), c.body(), language, world.token());
                var problem = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
                assertThat(answer.getStatus()).as(c.module()).isEqualTo(400);
                assertThat(answer.getContentType()).as(c.module()).startsWith("application/problem+json");
                assertThat(problem.path("errors").path(0).path("field").asString())
                        .as(c.module())
                        .isEqualTo(c.field());
                assertThat(problem.path("detail").asString())
                        .as(c.module())
                        .contains(c.field())
                        .contains(language.equals("nl") ? "niemand kan typen" : "nobody can type");
                assertThat(problem.path("title").asString())
                        .as(c.module())
                        .isEqualTo(language.equals("nl") ? "Ongeldig verzoek" : "Bad request");
                assertThat(walkWorld.rowCounts())
                        .as(c.module() + ": nothing stored")
                        .isEqualTo(before);
            }
        }
    }

    @Test
    @DisplayName("X-1: a tab and line breaks in a text are typed text and pass the JSON reader")
    void tabsAndLineBreaksPass() throws Exception {
        var world = walkWorld.world();
        var ids = world.ids();
        var day = LocalDate.now().plusDays(21);
        var answer = send(
                put("/api/v1/households/" + ids.get("householdId") + "/plan/actions/" + ids.get("actionId")),
                "{\"what\":\"Bel de school:\\tmaandag\\r\\nen dinsdag\",\"who\":[\"%s\"],\"startDate\":\"%s\",\"targetDate\":\"%s\",\"evaluationDate\":\"%s\"}"
                        .formatted(ids.get("participantId"), day, day, day),
                "nl",
                world.token());
        assertThat(answer.getStatus())
                .as(answer.getContentAsString(StandardCharsets.UTF_8))
                .isBetween(200, 299);
    }

    private org.springframework.mock.web.MockHttpServletResponse send(
            MockHttpServletRequestBuilder request, String body, String language, String token) throws Exception {
        var version = jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(walkWorld.world().world().household())
                .query(Integer.class)
                .single();
        return mvc.perform(request.header("Authorization", "Bearer " + token)
                        .header("Accept-Language", language)
                        .header("If-Match", "\"" + version + "\"")
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
    }
}
