package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The whole way through the API: a household registered, its consent recorded, its plan read. */
class ConsentApiJourneyTests extends ConsentApiTest {

    @Test
    @DisplayName("C-1, H-1: a household registered through the API gets its consent through the API, then its plan")
    void registerRecordConsentAndReadThePlan() throws Exception {
        var municipality = jdbc.sql("select municipality_id from household where id = ?")
                .param(household)
                .query(UUID.class)
                .single();
        var registration = """
                {"name": "Gezin Bos", "municipalityId": "%s", "street": "Kerkstraat 2", "postcode": "2801 AB",
                 "city": "Gouda", "members": [
                   {"givenName": "Eva", "familyName": "Bos", "dateOfBirth": "%s", "relation": "moeder"},
                   {"givenName": "Lotte", "familyName": "Bos", "dateOfBirth": "%s", "relation": "dochter"}]}
                """.formatted(
                        municipality, today.minusYears(41), today.minusYears(17).minusDays(2));
        var created = mvc.perform(api(hanna, post("/api/v1/households")).content(registration))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var bos = UUID.fromString(JsonPath.read(created, "$.householdId"));
        var plan = "/api/v1/households/" + bos + "/plan";
        var consents = "/api/v1/households/" + bos + "/consents";

        // C-1: no consent yet; the problem points to where it is recorded through the API.
        mvc.perform(api(hanna, get(plan)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.consentsApi").value(consents))
                .andExpect(jsonPath("$.consentRulesApi").value(consents + "/required"));

        var rules = mvc.perform(api(hanna, get(consents + "/required")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> members = JsonPath.read(rules, "$.members");
        List<String> hannaInBos = JsonPath.read(rules, "$.recipients[?(@.kind == 'PARTICIPANT')].id");
        assertThat(members).hasSize(2);
        for (var member : members) {
            // C-1: an adult and a youth of 16 or older each consent alone.
            @SuppressWarnings("unchecked")
            var consenters = (List<String>) member.get("consenters");
            assertThat(consenters).containsExactly((String) member.get("memberId"));
            var body = """
                    {"memberId": "%s", "purpose": "Samen werken aan het plan", "categories": ["PLAN"],
                     "recipients": [{"kind": "PARTICIPANT", "id": "%s"}], "givenBy": ["%s"], "manner": "WRITTEN",
                     "validFrom": "%s", "validUntil": "%s"}
                    """.formatted(
                    member.get("memberId"), hannaInBos.getFirst(), consenters.getFirst(), today, today.plusYears(1));
            mvc.perform(api(hanna, post(consents)).content(body)).andExpect(status().isCreated());
        }

        mvc.perform(api(hanna, get(plan)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(api(hanna, get(consents)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath(
                        "$.items[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("VALID"))));
    }
}
