package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** MON-1, MON-2: the yearly evaluation through the JSON API: findings with ETag and If-Match, and the PDF. */
class YearEvaluationApiTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Evaluations evaluations;

    MockHttpServletRequestBuilder as(AccountPrincipal person, ApiScope scope, MockHttpServletRequestBuilder request) {
        var token = tokens.issue(person.id(), "jaarevaluatie", scope, 30).secret();
        return request.header("Authorization", "Bearer " + token);
    }

    String path(int year) {
        return "/api/v1/monitoring/municipalities/" + fixture.world().municipality() + "/evaluations/" + year;
    }

    static final String BODY = """
            {"wentWell": "Korte lijnen.", "couldBeBetter": "Meer familiegroepsplannen.",
             "familyExperiences": "Gezinnen voelden zich gehoord.", "nextYear": "Een panel per kwartaal."}
            """;

    @Test
    @DisplayName("MON-1, MON-2: the findings are read with their version in the ETag and saved on If-Match;"
            + " missing 428, stale 412, bad text 400 naming the field, a read token 403; nothing stored on refusal")
    void findingsWithETagAndIfMatch() throws Exception {
        var world = fixture.world();
        var year = evaluations.thisYear();
        var etag = mvc.perform(as(world.contactPoint(), ApiScope.READ, get(path(year))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(year))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        var version = Integer.parseInt(etag.replace("\"", ""));
        var write = ApiScope.READ_WRITE;

        mvc.perform(as(world.contactPoint(), write, put(path(year)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as(world.contactPoint(), write, put(path(year)))
                        .header("If-Match", "\"" + (version + 7) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(as(world.contactPoint(), write, put(path(year)))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nextYear\": \"" + "x".repeat(Findings.MAX + 1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nextYear"));
        mvc.perform(as(world.contactPoint(), ApiScope.READ, put(path(year)))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isForbidden());
        assertThat(evaluations
                        .of(world.contactPoint().id(), world.municipality(), year)
                        .version())
                .isEqualTo(version);

        mvc.perform(as(world.contactPoint(), write, put(path(year)))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.familyExperiences").value("Gezinnen voelden zich gehoord."))
                .andExpect(jsonPath("$.version").value(version + 1));
    }

    @Test
    @DisplayName("MON-1: the report as PDF through the API; another municipality's staff and a professional get 404"
            + " problems, as does a year that is no number or out of range")
    void reportAndRefusals() throws Exception {
        var world = fixture.world();
        var year = evaluations.thisYear();
        var pdf = mvc.perform(as(world.agendaHolder(), ApiScope.READ, get(path(year) + "/report.pdf")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        for (var who : java.util.List.of(world.otherContactPoint(), world.hanna())) {
            mvc.perform(as(who, ApiScope.READ, get(path(year))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            mvc.perform(as(who, ApiScope.READ, get(path(year) + "/report.pdf"))).andExpect(status().isNotFound());
        }
        mvc.perform(as(world.contactPoint(), ApiScope.READ, get(path(1999)))).andExpect(status().isNotFound());
        mvc.perform(as(
                        world.contactPoint(),
                        ApiScope.READ,
                        get("/api/v1/monitoring/municipalities/" + world.municipality() + "/evaluations/dit-jaar")))
                .andExpect(status().isNotFound());
    }
}
