package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanApiProblemTests extends PlanApiTest {

    @Autowired
    Coordinations coordinations;

    @Test
    @DisplayName("PL-9: establishing a plan without a coordinator is refused with 422 and the reason in Dutch")
    void establishingWithoutACoordinatorIsRefusedWithTheReasonInDutch() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Kies eerst een regisseur. Daarna kunt u het plan vaststellen."))
                .andExpect(jsonPath("$.reason").value("plan.establish.noCoordinator"));
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", "\"0\"")
                        .header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("coordinator")));
        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isZero();
    }

    @Test
    @DisplayName("G-2: an action that ends before it starts is refused with 422 and changes nothing")
    void anActionThatEndsBeforeItStartsIsRefused() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var petra = participant(professional, household, "Petra de Vries");
        var goal = JsonPath.<String>read(
                mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                                .header("If-Match", "\"0\"")
                                .content("{\"title\": \"Rust in huis\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"1\"")
                        .content(action("Gesprek", petra, "2026-03-02", "2026-02-02")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.action.datesOrder"))
                .andExpect(jsonPath("$.detail").value("De einddatum en de evaluatie komen na de startdatum."));
        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isEqualTo(1);
    }

    @Test
    void badInputIsA400ProblemWithTheReasonAndNeverA500() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var goals = "/api/v1/households/{id}/plan/goals";

        mvc.perform(as(professional, post(goals, household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(startsWith("Dit verzoek kunnen we niet lezen")));
        mvc.perform(as(professional, post(goals, household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Schrijf het doel op."));
        mvc.perform(as(professional, post(goals, household))
                        .header("If-Match", "versie 0")
                        .content("{\"title\": \"Rust\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"arrangement\": \"DUIVENPOST\", \"writtenPlanRequestedOn\": \"morgen\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"writtenPlanRequestedOn\": \"+99999999-01-01\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(professional, post("/api/v1/households")).content("""
                                {"name": "Gezin Smit", "municipalityId": "%s", "members": [
                                  {"givenName": "Kees", "familyName": "Smit", "relation": "vader"}]}
                                """.formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].oneBirthDate"));

        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isZero();
    }

    @Test
    @DisplayName("JSON in another character set than UTF-8, or a person named twice, is refused and changes nothing")
    void anotherCharacterSetOrAPersonNamedTwiceIsRefused() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var petra = participant(professional, household, "Petra de Vries");

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .contentType("application/json;charset=ISO-8859-1")
                        .content("{\"title\": \"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("UTF-8")));
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .contentType("application/json;charset=UTF-8")
                        .content("{\"title\": \"Rust in huis\"}"))
                .andExpect(status().isCreated());
        var goal = JsonPath.<String>read(plan(professional, household), "$.goals[0].id");
        var twice = """
                {"what": "Gesprek", "who": ["%s", "%s"], "startDate": "2026-02-02", "targetDate": "2026-03-02",
                 "evaluationDate": "2026-03-02"}
                """.formatted(petra, petra);

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"1\"")
                        .content(twice))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("PL-9: an established plan becomes a numbered version that can be read back")
    void anEstablishedPlanBecomesANumberedVersion() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var petra = participant(professional, household, "Petra de Vries");
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        petra,
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                0,
                professional.accountId(),
                false);
        var goal = JsonPath.<String>read(
                mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                                .header("If-Match", "\"0\"")
                                .content("{\"title\": \"Rust in huis\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"1\"")
                        .content(action("Wekelijks gesprek", petra, "2026-02-02", "2026-03-02")))
                .andExpect(status().isCreated());

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", "\"2\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.number").value(1));

        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household)))
                .andExpect(jsonPath("$.status").value("ESTABLISHED"))
                .andExpect(jsonPath("$.coordination.coordinator.name").value("Petra de Vries"));
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/versions", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/versions/1", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coordinator").value("Petra de Vries"))
                .andExpect(jsonPath("$.goals[0].actions[0].who").value("Petra de Vries"));
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/versions/2", household)))
                .andExpect(status().isNotFound());
    }
}
