package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.organisation.OrganisationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("H-1: a household is registered through the API alone, its municipality found through the API")
class MunicipalityApiTests extends PlanApiTest {

    @Test
    @DisplayName("H-1: staff find the municipality to register a household in, page by page, and register it")
    void staffFindTheMunicipalityAndRegisterTheHousehold() throws Exception {
        var professional = professional("Petra de Vries");
        var extra = organisations.found("Gemeente Aaa Eerste", OrganisationKind.MUNICIPALITY, null);
        organisations.found("Jeugdzorg Aaa", OrganisationKind.PROVIDER, extra.id());

        var all = mvc.perform(as(professional, get("/api/v1/municipalities?size=100")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> names = JsonPath.read(all, "$.items[*].name");
        assertThat(names).contains("Gemeente Aaa Eerste").isSorted().noneMatch(n -> n.startsWith("Jeugdzorg"));
        var id = JsonPath.<List<String>>read(all, "$.items[?(@.name == 'Gemeente Aaa Eerste')].id")
                .getFirst();
        mvc.perform(as(professional, get("/api/v1/municipalities?size=1")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(as(professional, get("/api/v1/municipalities?size=101")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));

        mvc.perform(as(professional, post("/api/v1/households")).content("""
                        {"name": "Gezin Bakker", "municipalityId": "%s", "members": [
                          {"givenName": "Kees", "familyName": "Bakker", "dateOfBirth": "1980-01-01", "relation": "vader"}]}
                        """.formatted(id)))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("X-1: someone who is not staff may not register a household, so gets 403 for the municipalities")
    void aCitizenGets403() throws Exception {
        var citizen = accounts.createActive(uniqueEmail("Sanne"), "Sanne Jansen", AccountKind.CITIZEN, PASSWORD);
        var token = tokens.issue(citizen.id(), "eigen", ApiScope.READ, 30).secret();

        mvc.perform(get("/api/v1/municipalities").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/municipalities")).andExpect(status().isUnauthorized());
    }
}
