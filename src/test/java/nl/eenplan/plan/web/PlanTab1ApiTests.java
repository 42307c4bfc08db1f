package nl.eenplan.plan.web;

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
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tab 1's situation, help question, foster parents and closed youth care through the API (PL-1, PL-10). */
class PlanTab1ApiTests extends PlanApiTest {

    @Autowired
    Coordinations coordinations;

    @Autowired
    Team team;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("PL-1, PL-10: tab 1 takes the situation, help question, foster parents and closed youth care")
    void tab1TakesTheSituationAndPl10() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var foster = fosterParent(household);

        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("""
                                {"arrangement": "PHONE", "situation": "Michael woont bij Ria.",
                                 "helpQuestion": "Hoe gaat Michael weer naar school?",
                                 "fosterParentIds": ["%s"], "closedYouthCare": true}
                                """.formatted(foster)))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household)))
                .andExpect(jsonPath("$.tab1.situation").value("Michael woont bij Ria."))
                .andExpect(jsonPath("$.tab1.helpQuestion").value("Hoe gaat Michael weer naar school?"))
                .andExpect(jsonPath("$.tab1.fosterParents[0].name").value("Ria Pleeg"))
                .andExpect(jsonPath("$.tab1.closedYouthCareSince").isNotEmpty());
    }

    @Test
    @DisplayName("PL-10: a professional cannot be named foster parent: 422, nothing stored")
    void aProfessionalIsNoFosterParent() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var petra = participant(professional, household, "Petra de Vries");

        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"fosterParentIds\": [\"%s\"]}".formatted(petra)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Kies als pleegouder iemand uit het gezin of het netwerk."));
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household)))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    @DisplayName("PL-10: establishing while a foster parent with an action has not agreed is refused with 422")
    void establishingWaitsForTheFosterParent() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var petra = participant(professional, household, "Petra de Vries");
        var foster = fosterParent(household);
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
                coordinations.of(household).version(),
                professional.accountId(),
                false);
        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"fosterParentIds\": [\"%s\"]}".formatted(foster)))
                .andExpect(status().isNoContent());
        var goal = JsonPath.<String>read(
                mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                                .header("If-Match", "\"1\"")
                                .content("{\"title\": \"Michael woont rustig bij Ria\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"2\"")
                        .content(action("Michael naar school brengen", foster, "2026-02-02", "2026-03-02")))
                .andExpect(status().isCreated());

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", "\"3\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail")
                        .value("Een pleegouder die iets doet in het plan moet eerst akkoord geven. Daarna kunt u het"
                                + " plan vaststellen."));
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(3));
    }

    private UUID fosterParent(UUID household) {
        return team.add(
                        household,
                        new NewParticipant(
                                ParticipantKind.NETWORK,
                                null,
                                null,
                                "Ria Pleeg",
                                "pleegmoeder van Michael",
                                Set.of(),
                                null,
                                null,
                                true,
                                false,
                                false,
                                null),
                        null)
                .id();
    }
}
