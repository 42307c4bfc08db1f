package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Tab 3 through the API (PL-3, PL-10): the page's use cases, checks and logging, with the plan's ETag. */
class ProvisionApiTests extends ProvisionTest {

    @Autowired
    ApiTokens tokens;

    private String api() {
        return "/api/v1/households/" + household + "/plan/provisions";
    }

    private MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, ApiScope scope) {
        return request.header(
                        "Authorization",
                        "Bearer " + tokens.issue(hanna.id(), "test", scope, 30).secret())
                .contentType(MediaType.APPLICATION_JSON);
    }

    private String body() {
        return """
                {"memberId": "%s", "law": "JEUGDWET", "kind": "YOUTH_OUTPATIENT", "provider": "Jeugdzorg Midden",
                 "reason": "Tim heeft hulp nodig bij angst.", "volume": 4, "unit": "HOUR", "frequency": "PER_WEEK",
                 "startDate": "2027-01-04", "goalIds": ["%s"]}
                """.formatted(tim, schoolGoal);
    }

    private String etag() {
        return "\"" + version() + "\"";
    }

    @Test
    @DisplayName("PL-3: a provision is added, read, changed and withdrawn on the plan's version, each logged")
    void addReadChangeWithdraw() throws Exception {
        mvc.perform(bearer(get(api()), ApiScope.READ))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag()))
                .andExpect(jsonPath("$.total").value(0));
        var created = mvc.perform(bearer(post(api()), ApiScope.READ_WRITE)
                        .header("If-Match", etag())
                        .content(body()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost" + api() + "/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(bearer(get(api() + "/" + id), ApiScope.READ))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etag()))
                .andExpect(jsonPath("$.kind").value("YOUTH_OUTPATIENT"))
                .andExpect(jsonPath("$.goalIds[0]").value(schoolGoal.toString()))
                .andExpect(jsonPath("$.status").value("REQUESTED"));
        mvc.perform(bearer(put(api() + "/" + id), ApiScope.READ_WRITE)
                        .header("If-Match", etag())
                        .content(body().replace("\"goalIds\"", "\"status\": \"DECIDED_GRANTED\", \"goalIds\"")))
                .andExpect(status().isNoContent());
        mvc.perform(bearer(get(api() + "/" + id), ApiScope.READ))
                .andExpect(jsonPath("$.status").value("DECIDED_GRANTED"));
        mvc.perform(bearer(post(api() + "/" + id + "/withdraw"), ApiScope.READ_WRITE)
                        .header("If-Match", etag()))
                .andExpect(status().isNoContent());
        mvc.perform(bearer(get(api() + "/" + id), ApiScope.READ))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));

        assertThat(auditEvents(hanna))
                .contains(
                        "PLAN_PROVISION_ADDED",
                        "PLAN_PROVISION_CHANGED",
                        "PLAN_PROVISION_WITHDRAWN",
                        "PLAN_PROVISIONS_READ");
    }

    @Test
    @DisplayName("PL-3: without If-Match 428, on a stale version 412, a refusal of the method 422; nothing stored")
    void refusalsStoreNothing() throws Exception {
        mvc.perform(bearer(post(api()), ApiScope.READ_WRITE).content(body()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(bearer(post(api()), ApiScope.READ_WRITE)
                        .header("If-Match", "\"0\"")
                        .content(body()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", etag()));
        mvc.perform(bearer(post(api()), ApiScope.READ_WRITE)
                        .header("If-Match", etag())
                        .content(body().replace("YOUTH_OUTPATIENT", "WMO_AID")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.reason").value("provision.refused.kindLaw"));
        mvc.perform(bearer(post(api()), ApiScope.READ_WRITE)
                        .header("If-Match", etag())
                        .content(body().replace("JEUGDWET", "ONBEKEND")))
                .andExpect(status().isBadRequest());
        mvc.perform(bearer(post(api()), ApiScope.READ)
                        .header("If-Match", etag())
                        .content(body()))
                .andExpect(status().isForbidden());
        assertThat(provisionRows()).isZero();
    }

    @Test
    @DisplayName("PL-10: the law per member through the API, with the Wmo personal plan's last day")
    void lawsThroughTheApi() throws Exception {
        mvc.perform(bearer(put(api() + "/laws/" + sanne), ApiScope.READ_WRITE)
                        .header("If-Match", etag())
                        .content("{\"law\": \"WMO\", \"supportRequestedOn\": \"2026-04-28\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(bearer(get(api() + "/laws?size=1"), ApiScope.READ))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.nextPage").value(1))
                .andExpect(jsonPath("$.items[0].law").value("WMO"))
                .andExpect(jsonPath("$.items[0].personalPlanDue").value("2026-05-05"));
        mvc.perform(bearer(get(api() + "/laws?size=0"), ApiScope.READ)).andExpect(status().isBadRequest());
        assertThat(auditEvents(hanna)).contains("PLAN_MEMBER_LAW_CHANGED");
    }

    @Test
    @DisplayName("PL-3: the decision request is JSON shaped after iJw JW315, and a PDF; both logged")
    void theDecisionRequest() throws Exception {
        hannaCoordinates();
        mvc.perform(bearer(post(api()), ApiScope.READ_WRITE)
                        .header("If-Match", etag())
                        .content(body()))
                .andExpect(status().isCreated());

        mvc.perform(bearer(get(api() + "/decision-request"), ApiScope.READ))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.documentSoort").value("VerzoekOmToewijzing"))
                .andExpect(jsonPath("$.berichten[0].bericht").value("JW315"))
                .andExpect(jsonPath("$.berichten[0].berichtCode").value(446))
                .andExpect(jsonPath("$.berichten[0].header.afzenderNaam").value("Jeugdzorg Midden"))
                .andExpect(jsonPath("$.berichten[0].header.ontvanger").doesNotExist())
                .andExpect(jsonPath("$.berichten[0].header.berichtIdentificatie.dagtekening")
                        .isString())
                .andExpect(jsonPath("$.berichten[0].client.naam.voornamen").value("Tim"))
                .andExpect(jsonPath("$.berichten[0].relaties[0].soort").value("10"))
                .andExpect(jsonPath("$.berichten[0].aangevraagdProducten[0].product.categorie")
                        .value("45"))
                .andExpect(jsonPath("$.berichten[0].aangevraagdProducten[0].omvang.volume")
                        .value(4))
                .andExpect(jsonPath("$.berichten[0].aangevraagdProducten[0].omvang.eenheid")
                        .value("04"))
                .andExpect(jsonPath("$.berichten[0].aangevraagdProducten[0].omvang.frequentie")
                        .value("2"))
                .andExpect(jsonPath("$.berichten[0].aangevraagdProducten[0].toewijzingIngangsdatum")
                        .value("2027-01-04"))
                .andExpect(jsonPath("$.plan.doelen[0].titel").value("Tim gaat weer graag naar school"));
        mvc.perform(bearer(get(api() + "/decision-request.pdf"), ApiScope.READ))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        assertThat(auditEvents(hanna).stream().filter("PLAN_DECISION_REQUEST_DOWNLOADED"::equals))
                .hasSize(2);
    }
}
