package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** intensive coordination through the API: the access team decides, only a trained coordinator takes it. */
@DisplayName("R-8, R-9, X-1: intensive coordination through the API")
class IntensiveCoordinationApiTests extends IntensityTest {

    static final String INTENSIVE = """
            {"intensive": true, "hoursPerWeek": 6, "startsOn": "2026-01-05", "endsOn": "2026-06-30",
             "funding": "MUNICIPALITY", "fundingNote": "Arrangement regie"}
            """;

    @Test
    @DisplayName(
            "R-8: only the access team of the household's municipality decides; anyone else gets 422, nothing stored")
    void onlyTheAccessTeamDecides() throws Exception {
        var world = roles.fresh();
        trained(world.hanna());
        var refused = decide(world, 0, INTENSIVE);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.reason"))
                .isEqualTo("intensive.refused.onlyAccessTeam");
        assertThat(refused.getContentAsString()).contains("R-8");
        // An access team of another municipality is not the household's.
        var elsewhere =
                organisations.found("Gemeente elders " + world.familyName(), OrganisationKind.MUNICIPALITY, null);
        var otherTeam = organisations.found(
                "Toegang elders " + world.familyName(), OrganisationKind.ACCESS_TEAM, elsewhere.id());
        organisations.assign(world.hanna().id(), otherTeam.id(), StaffRole.ACCESS_TEAM_MEMBER);
        assertThat(decide(world, 0, INTENSIVE).getStatus()).isEqualTo(422);
        assertThat(intensities.of(world.household()).version()).isZero();
    }

    @Test
    @DisplayName("R-9: intensive coordination is refused with 422 while the coordinator has no recorded training")
    void notIntensiveWithAnUntrainedCoordinator() throws Exception {
        var world = roles.fresh();
        accessTeam(world);
        var refused = decide(world, 0, INTENSIVE);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.reason"))
                .isEqualTo("coordination.refused.untrainedForIntensive");
        assertThat(refused.getContentAsString()).contains("R-9");
        assertThat(intensities.of(world.household()).intensive()).isFalse();
    }

    @Test
    @DisplayName(
            "R-8, R-9, X-1: the access team marks it intensive with effort and funding; a handover then needs a trained successor")
    void intensiveThenOnlyATrainedSuccessor() throws Exception {
        var world = roles.fresh();
        accessTeam(world);
        trained(world.hanna());
        var before = lastEntryId();
        var decided = decide(world, 0, INTENSIVE);
        assertThat(decided.getStatus()).isEqualTo(200);
        assertThat(decided.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(events(before, world.hanna())).containsExactly("COORDINATION_INTENSITY_DECIDED");
        var read = send(world.mother(), get(api(world, "/coordination/intensity")));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(read.getContentAsString(), "$.hoursPerWeek"))
                .isEqualTo(6);
        assertThat(JsonPath.<String>read(read.getContentAsString(), "$.funding"))
                .isEqualTo("MUNICIPALITY");
        assertThat(JsonPath.<String>read(read.getContentAsString(), "$.endsOn")).isEqualTo("2026-06-30");

        var piet = participantOf(world, world.piet()).id();
        var coordination = coordinations.of(world.household());
        var handover = "{\"successorId\": \"%s\"}".formatted(piet);
        var refused = send(
                world.hanna(),
                post(api(world, "/coordination/handover"))
                        .header("If-Match", "\"" + coordination.version() + "\"")
                        .content(handover));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.reason"))
                .isEqualTo("coordination.refused.untrainedForIntensive");
        assertThat(coordinations.of(world.household())).isEqualTo(coordination);

        trained(world.piet());
        var handedOver = send(
                world.hanna(),
                post(api(world, "/coordination/handover"))
                        .header("If-Match", "\"" + coordination.version() + "\"")
                        .content(handover));
        assertThat(handedOver.getStatus()).isEqualTo(200);
        assertThat(coordinations.of(world.household()).coordinatorId()).isEqualTo(piet);
    }

    @Test
    @DisplayName("R-8: a decision names its version: 428 without, 412 on an older one; bad effort 422; nothing stored")
    void aDecisionNamesItsVersion() throws Exception {
        var world = roles.fresh();
        accessTeam(world);
        trained(world.hanna());
        var missing =
                send(world.hanna(), put(api(world, "/coordination/intensity")).content(INTENSIVE));
        assertThat(missing.getStatus()).isEqualTo(428);
        var stale = decide(world, 3, INTENSIVE);
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo("\"0\"");
        var backwards = decide(world, 0, """
                {"intensive": true, "hoursPerWeek": 4, "startsOn": "2026-06-30", "endsOn": "2026-01-05",
                 "funding": "PROVIDER"}
                """);
        assertThat(backwards.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(backwards.getContentAsString(), "$.reason"))
                .isEqualTo("intensive.period.order");
        var noHours = decide(world, 0, """
                {"intensive": true, "startsOn": "2026-01-05", "endsOn": "2026-02-05", "funding": "PROVIDER"}
                """);
        assertThat(noHours.getStatus()).isEqualTo(422);
        assertThat(decide(world, 0, "{\"intensive\": true, \"hoursPerWeek\": 99}")
                        .getStatus())
                .isEqualTo(400);
        assertThat(intensities.of(world.household()).version()).isZero();
    }

    @Test
    @DisplayName(
            "X-5, X-1: a network member and an outsider get 404 and leave no entry; a professional without consent decides nothing")
    void whoReadsIt() throws Exception {
        var world = w();
        var before = lastEntryId();
        for (var person : List.of(world.grandma(), world.colleague())) {
            var response = send(person, get(api(world, "/coordination/intensity")));
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain(world.familyName());
            assertThat(entriesSince(before, person)).isEmpty();
        }
        assertThat(send(
                                world.peter(),
                                put(api(world, "/coordination/intensity"))
                                        .header("If-Match", "\"0\"")
                                        .content(INTENSIVE))
                        .getStatus())
                .isEqualTo(403);
        var read = send(world.hanna(), get(api(world, "/coordination/intensity")));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(read.getContentAsString(), "$.intensive"))
                .isFalse();
        assertThat(events(before, world.hanna())).containsExactly("COORDINATION_READ");
    }

    private MockHttpServletResponse decide(RolesFixture.World world, int version, String body) throws Exception {
        return send(
                world.hanna(),
                put(api(world, "/coordination/intensity"))
                        .header("If-Match", "\"" + version + "\"")
                        .content(body));
    }
}
