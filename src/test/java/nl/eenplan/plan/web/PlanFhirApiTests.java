package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.plan.web.fhir.BaseR4Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A plan exported as a FHIR R4 Bundle: valid against the base R4 profiles, and only for whom may read it. */
class PlanFhirApiTests extends FhirExportTest {

    @Test
    @DisplayName("X-6, C-2: the whole plan with its team, goals, actions and consents is a valid FHIR R4 Bundle")
    void theWholePlanIsAValidFhirBundle() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"arrangement\": \"PHONE\", \"firstAgreements\": \"Elke maandag bellen\"}"))
                .andExpect(status().isNoContent());
        var goal = addGoal(professional, household, "\"1\"");
        var petra = participant(professional, household, "Petra de Vries");
        addAction(professional, household, goal, "\"2\"", "Gesprek met school", petra);
        addAction(
                professional,
                household,
                goal,
                "\"3\"",
                "Samen naar de huisarts",
                petra,
                mother(professional, household));

        var export = mvc.perform(as(professional, get("/api/v1/households/{id}/plan/fhir", household))
                        .header("Accept", "application/fhir+json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
                .andExpect(jsonPath("$.resourceType").value("Bundle"))
                .andExpect(jsonPath("$.entry[0].resource.resourceType").value("CarePlan"))
                .andExpect(jsonPath("$.entry[0].resource.description").value("Elke maandag bellen"))
                .andExpect(jsonPath("$.entry[0].resource.meta.versionId").value("4"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(new BaseR4Validation(fhir).errors(export)).isEmpty();
        assertThat(types(export))
                .contains("CarePlan", "CareTeam", "Goal", "Task", "Consent", "Patient", "Practitioner", "Group");
        assertThat(JsonPath.<List<String>>read(
                        export, "$.entry[*].resource[?(@.resourceType == 'Goal')].description.text"))
                .containsExactly("Michael gaat weer naar school");
        assertThat(JsonPath.<List<String>>read(export, "$.entry[*].resource[?(@.resourceType == 'Task')].description"))
                .contains("Gesprek met school", "Samen naar de huisarts");
        assertThat(JsonPath.<List<String>>read(export, "$.entry[*].resource[?(@.resourceType == 'Consent')].status"))
                .isNotEmpty()
                .containsOnly("active");
    }

    @Test
    @DisplayName("X-1: an export, consents included, is one entry in the access log: an export of the plan")
    void anExportIsLogged() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);

        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/fhir", household)))
                .andExpect(status().isOk());

        assertThat(events(professional, household))
                .containsOnlyOnce("PLAN_EXPORTED_FHIR")
                .doesNotContain("PLAN_READ", "CONSENT_OVERVIEW_READ");
    }

    @Test
    @DisplayName("X-5: a household member exports the whole plan; asked as application/json it comes as JSON")
    void aHouseholdMemberExportsTheWholePlanAsJson() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var account = accounts.createActive(uniqueEmail("sanne"), "Sanne Jansen", AccountKind.CITIZEN, PASSWORD);
        team.linkAccount(mother(professional, household), account.id());
        var sanne = new Client(
                account.id(),
                tokens.issue(account.id(), "eigen app", ApiScope.READ, 7).secret());

        var export = mvc.perform(as(sanne, get("/api/v1/households/{id}/plan/fhir", household))
                        .header("Accept", "application/json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(new BaseR4Validation(fhir).errors(export)).isEmpty();
        assertThat(types(export)).contains("Consent", "Patient", "Practitioner", "CareTeam");
        assertThat(events(sanne, household)).contains("PLAN_EXPORTED_FHIR");
    }
}
