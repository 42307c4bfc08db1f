package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PlanApiAccessTests extends PlanApiTest {

    @Autowired
    Team team;

    @Test
    @DisplayName("X-1: someone who does not take part gets 404 for every URL of the plan, without a hint")
    void someoneWhoDoesNotTakePartGets404ForEveryUrlOfThePlan() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var goal = addGoal(professional, household);
        var outsider = professional("Bram Bakker");

        for (var request : List.<MockHttpServletRequestBuilder>of(
                get("/api/v1/households/{id}/plan", household),
                get("/api/v1/households/{id}/plan/versions", household),
                get("/api/v1/households/{id}/plan/versions/1", household),
                get("/api/v1/households/{id}/plan/goals/{goal}", household, goal),
                put("/api/v1/households/{id}/plan/tab1", household).content("{\"firstAgreements\": \"x\"}"),
                post("/api/v1/households/{id}/plan/goals", household).content("{\"title\": \"Weg\"}"),
                post("/api/v1/households/{id}/plan/establish", household))) {
            mvc.perform(as(outsider, request).header("If-Match", "\"1\""))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(content().string(not(containsString("Jansen"))));
        }
        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("X-1: changing the id in the URL to another household, an unknown id or no id at all gives 404")
    void changingTheIdInTheUrlGives404() throws Exception {
        var professional = professional("Petra de Vries");
        var own = registerFamily(professional);
        var other = professional("Bram Bakker");
        var othersHousehold = registerFamily(other);

        for (var id : List.of(othersHousehold.toString(), UUID.randomUUID().toString(), "1", "x-1")) {
            mvc.perform(as(professional, get("/api/v1/households/{id}/plan", id)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404));
        }
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/goals/{goal}", own, UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/actions/{action}", own, UUID.randomUUID()))
                        .header("If-Match", "\"0\"")
                        .content(action("Iets", UUID.randomUUID(), "2026-02-02", "2026-03-02")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReadOnlyTokenReadsThePlanButCannotChangeIt() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var readOnly = new Client(
                professional.accountId(),
                tokens.issue(professional.accountId(), "alleen lezen", ApiScope.READ, 7)
                        .secret());

        mvc.perform(as(readOnly, get("/api/v1/households/{id}/plan", household)))
                .andExpect(status().isOk());
        mvc.perform(as(readOnly, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"firstAgreements\": \"Mag niet\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(readOnly, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Mag niet\"}"))
                .andExpect(status().isForbidden());
        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isZero();
    }

    @Test
    @DisplayName("X-5: a network member sees the plan of approach with their own actions, and cannot change it")
    void aNetworkMemberSeesThePlanOfApproachWithTheirOwnActions() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var grandma = accounts.createActive(uniqueEmail("oma"), "Oma Jansen", AccountKind.CITIZEN, PASSWORD);
        var grandmaParticipant = team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        "Oma Jansen",
                        "oma van Michael",
                        Set.of(),
                        null,
                        null,
                        true,
                        true,
                        false,
                        null),
                grandma.id());
        var petra = participant(professional, household, "Petra de Vries");
        var goal = addGoal(professional, household);
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"1\"")
                        .content(action(
                                "Michael ophalen op woensdag", grandmaParticipant.id(), "2026-02-02", "2026-03-02")))
                .andExpect(status().isCreated());
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"2\"")
                        .content(action("Gesprek met school", petra, "2026-02-02", "2026-03-02")))
                .andExpect(status().isCreated());
        var client = new Client(
                grandma.id(),
                tokens.issue(grandma.id(), "oma", ApiScope.READ_WRITE, 7).secret());

        mvc.perform(as(client, get("/api/v1/households/{id}/plan", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tab1").isEmpty())
                .andExpect(jsonPath("$.participants").isEmpty())
                .andExpect(jsonPath("$.coordination").exists())
                .andExpect(jsonPath("$.goals[0].actions.length()").value(1))
                .andExpect(jsonPath("$.goals[0].actions[0].what").value("Michael ophalen op woensdag"));
        mvc.perform(as(client, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"3\"")
                        .content("{\"firstAgreements\": \"Oma regelt alles\"}"))
                .andExpect(status().isNotFound());
    }

    private UUID addGoal(Client professional, UUID household) throws Exception {
        var response = mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }
}
