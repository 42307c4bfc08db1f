package nl.eenplan.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Mijn gezinnen" through the API: the same search, filters, authorization and logging as the page. */
class CaseloadApiTests extends CaseloadTest {

    @Autowired
    ApiTokens tokens;

    private MockHttpServletRequestBuilder api(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var secret = tokens.issue(person.id(), "koppeling", ApiScope.READ, 30).secret();
        return request.header("Authorization", "Bearer " + secret);
    }

    @Test
    @DisplayName("H-2, X-1: a professional finds his own households by name, postcode or date of birth; nothing else")
    void aProfessionalFindsHisOwnHouseholds() throws Exception {
        mvc.perform(api(hanna, get("/api/v1/cases")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].householdId").value(jansen.toString()))
                .andExpect(jsonPath("$.items[0].view").value("TEAM"))
                .andExpect(jsonPath("$.items[0].planState").value("DRAFT"))
                .andExpect(jsonPath("$.items[0].page").value("/households/" + jansen + "/plan"));
        mvc.perform(api(hanna, get("/api/v1/cases").param("q", "2801 ab")))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(api(hanna, get("/api/v1/cases").param("born", "2015-03-09")))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(api(hanna, get("/api/v1/cases").param("born", "2015-03-10")))
                .andExpect(jsonPath("$.total").value(0));
        // never a household of another professional or municipality, even named exactly.
        mvc.perform(api(piet, get("/api/v1/cases").param("q", "Jansen " + suffix)))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(suffix))));
        mvc.perform(api(hanna, get("/api/v1/cases").param("q", "Visser " + suffix)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName(
            "Issue 18, X-1: the access team pages through its municipality with filters; each search and row is logged")
    void theAccessTeamPagesThroughItsMunicipality() throws Exception {
        mvc.perform(api(anna, get("/api/v1/cases").param("q", suffix).param("size", "1")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].householdId").value(deBoer.toString()))
                .andExpect(jsonPath("$.items[0].view").value("ACCESS_TEAM"))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(api(
                        anna,
                        get("/api/v1/cases")
                                .param("q", suffix)
                                .param("size", "1")
                                .param("page", "1")))
                .andExpect(jsonPath("$.items[0].householdId").value(jansen.toString()))
                .andExpect(jsonPath("$.nextPage").isEmpty());
        mvc.perform(api(anna, get("/api/v1/cases").param("q", suffix).param("plan", "NONE")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].householdId").value(deBoer.toString()));
        var events = logOf(anna).stream().map(Entry::event).toList();
        assertThat(events)
                .containsExactly(
                        "CASES_SEARCHED",
                        "CASE_LISTED",
                        "CASES_SEARCHED",
                        "CASE_LISTED",
                        "CASES_SEARCHED",
                        "CASE_LISTED");
        assertThat(logOf(anna).getFirst().detail()).doesNotContain(suffix).contains("page=1", "found=2");
    }

    @Test
    @DisplayName(
            "X-5: household and network members get 403; a bad search is 400 naming each parameter, nothing logged")
    void refusals() throws Exception {
        for (var person : List.of(sanne, riet)) {
            mvc.perform(api(person, get("/api/v1/cases")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType("application/problem+json"));
            assertThat(logOf(person)).extracting(Entry::event).doesNotContain("CASES_SEARCHED", "CASE_LISTED");
        }
        mvc.perform(api(hanna, get("/api/v1/cases").param("born", "2015-02-31").param("filter", "NOPE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("born"))
                .andExpect(jsonPath("$.errors[1].field").value("filter"));
        mvc.perform(api(hanna, get("/api/v1/cases").param("size", "101"))).andExpect(status().isBadRequest());
        mvc.perform(api(hanna, get("/api/v1/cases").param("page", "-1"))).andExpect(status().isBadRequest());
        assertThat(logOf(hanna)).extracting(Entry::event).doesNotContain("CASES_SEARCHED");
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
    }
}
