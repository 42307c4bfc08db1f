package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.web.fhir.BaseR4Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** C-1: the FHIR export goes to exactly those who read the plan, and shows each only his part. */
class PlanFhirApiAccessTests extends FhirExportTest {

    @Test
    @DisplayName("X-5: a network member's export holds his own actions only, names no one he cannot see, and is valid")
    void aNetworkMemberGetsOnlyHisPart() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var grandma = networkMember(household);
        var goal = addGoal(professional, household, "\"0\"");
        addAction(professional, household, goal, "\"1\"", "Michael ophalen op woensdag", grandma.participant());
        addAction(
                professional,
                household,
                goal,
                "\"2\"",
                "Gesprek met school",
                participant(professional, household, "Petra de Vries"));

        var read = mvc.perform(as(grandma.client(), get("/api/v1/households/{id}/plan", household)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var export = mvc.perform(as(grandma.client(), get("/api/v1/households/{id}/plan/fhir", household)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(new BaseR4Validation(fhir).errors(export)).isEmpty();
        assertThat(export).contains("Michael ophalen op woensdag").doesNotContain("Gesprek met school");
        assertThat(types(export)).doesNotContain("Consent", "Patient", "RelatedPerson", "Practitioner");
        assertThat(JsonPath.<java.util.Map<String, Object>>read(export, "$.entry[0].resource"))
                .doesNotContainKeys("description", "note");
        // Nothing is named that the plan read does not name: every id in the export is one of its ids,
        // or the id EenPlan derives for the team of the plan.
        var shown = ids(read);
        var team = JsonPath.<List<String>>read(export, "$.entry[?(@.resource.resourceType == 'CareTeam')].resource.id");
        assertThat(ids(export)).allMatch(id -> shown.contains(id) || team.contains(id));
        assertThat(events(grandma.client(), household))
                .contains("PLAN_EXPORTED_FHIR")
                .doesNotContain("CONSENT_OVERVIEW_READ");
    }

    @Test
    @DisplayName(
            "C-1: a professional without consent gets the same 403 problem as for the plan, and nothing is logged as exported")
    void aProfessionalWithoutConsentGetsTheConsentProblem() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var other = professional("Karim El Amrani");
        var organisation =
                organisations.membershipsOf(other.accountId()).getFirst().organisationId();
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        organisation,
                        "Karim El Amrani",
                        "ambulant hulpverlener",
                        Set.of(),
                        null,
                        null,
                        true,
                        true,
                        false,
                        null),
                other.accountId());

        for (var path : List.of("/api/v1/households/{id}/plan", "/api/v1/households/{id}/plan/fhir")) {
            mvc.perform(as(other, get(path, household)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("urn:eenplan:problem:consent-missing"));
        }
        assertThat(events(other, household)).doesNotContain("PLAN_EXPORTED_FHIR");
    }

    @Test
    @DisplayName("X-1: an outsider gets 404 without a hint, and without a token the answer is 401")
    void anOutsiderGets404AndNoTokenGets401() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var outsider = professional("Bram Bakker");

        mvc.perform(as(outsider, get("/api/v1/households/{id}/plan/fhir", household)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Jansen"))));
        mvc.perform(get("/api/v1/households/{id}/plan/fhir", household)).andExpect(status().isUnauthorized());
        assertThat(events(outsider, household)).isEmpty();
    }
}
