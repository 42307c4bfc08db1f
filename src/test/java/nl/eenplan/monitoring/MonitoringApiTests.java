package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** MON-1, MON-2: the dashboards through the JSON API, each person with a read token of his own. */
class MonitoringApiTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Autowired
    ApiTokens tokens;

    MockHttpServletRequestBuilder as(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var token = tokens.issue(person.id(), "cijfers", ApiScope.READ, 30).secret();
        return request.header("Authorization", "Bearer " + token);
    }

    @Test
    @DisplayName("MON-1, PL-8: the API lists the dashboards one may see and answers one with suppressed figures")
    void dashboardThroughTheApi() throws Exception {
        var world = fixture.world();
        mvc.perform(as(world.contactPoint(), get("/api/v1/monitoring/dashboards")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("municipality"))
                .andExpect(jsonPath("$.items[0].id").value(world.municipality().toString()))
                .andExpect(jsonPath("$.items[1].kind").value("region"));
        mvc.perform(as(
                        world.contactPoint(),
                        get("/api/v1/monitoring/dashboards").param("size", "0")))
                .andExpect(status().isBadRequest());
        var body = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mvc.perform(as(
                                        world.contactPoint(),
                                        get("/api/v1/monitoring/dashboard")
                                                .param(
                                                        "municipality",
                                                        world.municipality().toString())))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        json -> Double.valueOf(10)
                                .equals(JsonPath.read(json, "$.indicators[0].rows[0].figures[0].value")));
        List<Object> familyGroup =
                JsonPath.read(body, "$.indicators[?(@.key == 'familyGroup')].rows[0].figures[1].value");
        assertThat(familyGroup).containsExactly(0.5);
        List<Object> self = JsonPath.read(body, "$.indicators[?(@.key == 'forms')].rows[0].figures[0]");
        assertThat(self.toString()).contains("\"suppressed\":true").contains("\"value\":null");
        mvc.perform(as(
                        world.manager(),
                        get("/api/v1/monitoring/dashboard")
                                .param("organisation", world.provider().toString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.kind").value("organisation"));
    }

    @Test
    @DisplayName("MON-1: another municipality's contact point gets 404, a bad period 400, both as problems")
    void refusals() throws Exception {
        var world = fixture.world();
        mvc.perform(as(
                        world.otherContactPoint(),
                        get("/api/v1/monitoring/dashboard")
                                .param("municipality", world.municipality().toString())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as(world.hanna(), get("/api/v1/monitoring/dashboard"))).andExpect(status().isNotFound());
        mvc.perform(as(
                        world.contactPoint(),
                        get("/api/v1/monitoring/dashboard")
                                .param("municipality", "x")
                                .param("region", "y")))
                .andExpect(status().isNotFound());
        mvc.perform(as(world.contactPoint(), get("/api/v1/monitoring/dashboard").param("from", "gisteren")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as(world.hanna(), get("/api/v1/monitoring/dashboards")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }
}
