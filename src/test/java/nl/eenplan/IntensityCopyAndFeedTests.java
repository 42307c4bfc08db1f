package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.eenplan.identity.AccountPrincipal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * the access team's decision on intensive coordination is about the household, so it is in each
 * member's personal-data copy and in the event feed, seen by those who see the team's other changes.
 */
@DisplayName("R-8, R-9, X-1, X-6: intensive coordination in the personal-data copy and in the event feed")
class IntensityCopyAndFeedTests extends IntensityTest {

    @Test
    @DisplayName("R-8, R-9, X-6: the copy holds whether coordination is intensive, the effort and who pays, in words")
    void inThePersonalDataCopy() throws Exception {
        var world = roles.fresh();
        var undecided = copy(world);
        assertThat(JsonPath.<Boolean>read(undecided, "$.sections.participation.coordinationIntensity.intensive"))
                .isFalse();

        accessTeam(world);
        trained(world.hanna());
        assertThat(decide(world).getStatus()).isEqualTo(200);

        var json = copy(world);
        var intensity = JsonPath.<Map<String, Object>>read(json, "$.sections.participation.coordinationIntensity");
        assertThat(intensity)
                .containsEntry("intensive", true)
                .containsEntry("hoursPerWeek", 6)
                .containsEntry("startsOn", "2026-01-05")
                .containsEntry("endsOn", "2026-06-30")
                .containsEntry("funding", "MUNICIPALITY")
                .containsEntry("fundingNote", "Arrangement regie")
                .containsKey("decidedAt");
        var pdf = mvc.perform(get("/households/{h}/personal-data/{m}.pdf", world.household(), world.sanne())
                        .with(as(world.mother())))
                .andReturn()
                .getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Intensieve regie", "Uren per week", "Wie betaalt de gemeente")
                    .doesNotContain("MUNICIPALITY");
        }
    }

    @Test
    @DisplayName(
            "R-8, X-1: the decision is in the feed for the access team and the coordinator; not for a professional without consent")
    void inTheEventFeed() throws Exception {
        var world = roles.fresh();
        accessTeam(world);
        trained(world.hanna());
        assertThat(decide(world).getStatus()).isEqualTo(200);

        assertThat(types(world.hanna(), world))
                .contains("nl.eenplan.team.changed", "nl.eenplan.coordination.intensity-decided");
        // Peter (debt help) has no consent: he sees no team change, and not this decision either.
        assertThat(types(world.peter(), world)).isEmpty();
    }

    private String copy(RolesFixture.World world) throws Exception {
        var response = send(world.mother(), get(api(world, "/personal-data/" + world.sanne())));
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private org.springframework.mock.web.MockHttpServletResponse decide(RolesFixture.World world) throws Exception {
        return send(
                world.hanna(),
                put(api(world, "/coordination/intensity"))
                        .header("If-Match", "\"0\"")
                        .content(IntensiveCoordinationApiTests.INTENSIVE));
    }

    /** The feed's types for this household, read from the start to the end as this person. */
    private List<String> types(AccountPrincipal person, RolesFixture.World world) throws Exception {
        var types = new ArrayList<String>();
        var cursor = "";
        while (true) {
            var page = send(person, get("/api/v1/events?limit=100" + cursor)).getContentAsString();
            List<String> found =
                    JsonPath.read(page, "$.events[?(@.data.householdId == '" + world.household() + "')].type");
            types.addAll(found);
            if (JsonPath.<List<Object>>read(page, "$.events").isEmpty()) {
                return types;
            }
            cursor = "&after=" + JsonPath.<String>read(page, "$.next");
        }
    }
}
