package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who coordinates through the API: everyone in the team reads it, editors hand over. */
@DisplayName("R-1, R-7, X-1, X-5, C-1: the coordination API")
class CoordinationApiTests extends TeamApiTest {

    @Test
    @DisplayName("R-1, X-1: the household reads who coordinates with its version as ETag; one read, one entry")
    void theHouseholdReadsWhoCoordinates() throws Exception {
        var before = lastEntryId();
        var response = send(w().mother(), get(api(w(), "/coordination")));
        assertThat(response.getStatus()).isEqualTo(200);
        var state = coordinations.of(w().household());
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + state.version() + "\"");
        var body = response.getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.coordinatorId"))
                .isEqualTo(w().hannaInTeam().id().toString());
        assertThat(JsonPath.<String>read(body, "$.coordinator"))
                .isEqualTo(w().hanna().displayName());
        assertThat(events(before, w().mother())).containsExactly("COORDINATION_READ");
        var history = send(w().mother(), get(api(w(), "/coordination/history"))).getContentAsString();
        assertThat(JsonPath.<Integer>read(history, "$.total")).isPositive();
    }

    @Test
    @DisplayName("X-5: a network member sees where coordination sits, not its history, the team or the candidates")
    void aNetworkMemberSeesWhereCoordinationSits() throws Exception {
        var grandma = w().grandma();
        var body = send(grandma, get(api(w(), "/coordination"))).getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.coordinator"))
                .isEqualTo(w().hanna().displayName());
        assertThat(JsonPath.<List<Object>>read(body, "$.coordinatorCandidates")).isEmpty();
        assertThat(body).doesNotContain(w().piet().displayName(), w().rita().displayName());
        var history = send(grandma, get(api(w(), "/coordination/history"))).getContentAsString();
        assertThat(JsonPath.<Integer>read(history, "$.total")).isZero();
    }

    @Test
    @DisplayName("R-7: a handover names its version: 428 without, 412 on an older one; the history keeps both")
    void aHandoverNamesItsVersion() throws Exception {
        var world = roles.fresh();
        var hanna = world.hanna();
        var sanne = participantOf(world, world.sanne()).id();
        var body = "{\"successorId\": \"%s\", \"note\": \"Sanne neemt de regie over\"}".formatted(sanne);
        var version = coordinations.of(world.household()).version();
        assertThat(send(hanna, post(api(world, "/coordination/handover")).content(body))
                        .getStatus())
                .isEqualTo(428);
        var stale = send(
                hanna,
                post(api(world, "/coordination/handover"))
                        .header("If-Match", "\"" + (version + 5) + "\"")
                        .content(body));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(coordinations.of(world.household()).coordinatorId())
                .isEqualTo(world.hannaInTeam().id());
        var before = lastEntryId();
        var handedOver = send(
                hanna,
                post(api(world, "/coordination/handover"))
                        .header("If-Match", "\"" + version + "\"")
                        .content(body));
        assertThat(handedOver.getStatus()).isEqualTo(200);
        assertThat(handedOver.getHeader("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(events(before, hanna)).containsExactly("COORDINATION_HANDED_OVER");
        assertThat(coordinations.of(world.household()).coordinatorId()).isEqualTo(sanne);
        var history =
                send(world.mother(), get(api(world, "/coordination/history"))).getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$.items[?(@.role == 'COORDINATOR')].coordinatorId"))
                .containsExactly(world.hannaInTeam().id().toString(), sanne.toString());
        assertThat(history).contains("Sanne neemt de regie over");
    }

    @Test
    @DisplayName("R-7: recording another coordinator is refused with 422: a change of coordinator is a handover")
    void anotherCoordinatorGoesThroughTheHandover() throws Exception {
        var world = roles.fresh();
        var state = coordinations.of(world.household());
        var response = send(
                world.hanna(),
                put(api(world, "/coordination"))
                        .header("If-Match", "\"" + state.version() + "\"")
                        .content("""
                                {"coordinatorId": "%s", "form": "SELF_DIRECTION", "chosenBy": "HOUSEHOLD"}
                                """.formatted(
                                        participantOf(world, world.sanne()).id())));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.reason"))
                .isEqualTo("coordination.refused.useHandover");
        assertThat(coordinations.of(world.household())).isEqualTo(state);
    }

    @Test
    @DisplayName(
            "C-1, X-1: without consent a professional reads coordination but hands nothing over (403); an outsider gets 404")
    void withoutConsentNoHandover() throws Exception {
        var world = w();
        var state = coordinations.of(world.household());
        assertThat(send(world.peter(), get(api(world, "/coordination"))).getStatus())
                .isEqualTo(200);
        var body = "{\"successorId\": \"%s\"}"
                .formatted(participantOf(world, world.sanne()).id());
        var refused = send(
                world.peter(),
                post(api(world, "/coordination/handover"))
                        .header("If-Match", "\"" + state.version() + "\"")
                        .content(body));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("urn:eenplan:problem:consent-missing");
        var before = lastEntryId();
        for (var request : List.of(
                get(api(world, "/coordination")),
                get(api(world, "/coordination/history")),
                post(api(world, "/coordination/handover"))
                        .header("If-Match", "\"" + state.version() + "\"")
                        .content(body))) {
            var response = send(world.colleague(), request);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain(world.familyName());
        }
        assertThat(entriesSince(before, world.colleague())).isEmpty();
        assertThat(coordinations.of(world.household())).isEqualTo(state);
    }
}
