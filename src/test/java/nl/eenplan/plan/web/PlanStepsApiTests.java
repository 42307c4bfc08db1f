package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan's further steps through the API: evaluating, done, priority, agreeing, sending, closing, anew. */
class PlanStepsApiTests extends PlanApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Coordinations coordinations;

    /** the household chose this professional as its coordinator. */
    void coordinates(Client professional, UUID household) throws Exception {
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        participant(professional, household, "Petra de Vries"),
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
    }

    /** A goal with one action of the professional; returns the goal's id. */
    UUID goalWithAction(Client professional, UUID household, String title) throws Exception {
        var goal = id(mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", etag(professional, household))
                        .content("{\"title\": \"" + title + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var who = participant(professional, household, "Petra de Vries");
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", etag(professional, household))
                        .content(action("Petra belt school", who, "2026-03-02", "2026-04-01")))
                .andExpect(status().isCreated());
        return goal;
    }

    String etag(Client client, UUID household) throws Exception {
        return "\"" + JsonPath.<Integer>read(plan(client, household), "$.version") + "\"";
    }

    static UUID id(String json) {
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    List<String> events(Client client, UUID household) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, client.accountId())
                .query(String.class)
                .list();
    }

    @Test
    @DisplayName("G-3: a goal is evaluated through the API: 428 without If-Match, 412 when stale, 422 naming the"
            + " missing answer, and a reached goal closes; read and evaluation are logged (X-1)")
    void evaluatingAGoal() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        var goal = goalWithAction(petra, household, "Michael gaat weer naar school");
        var evaluation = "/api/v1/households/{id}/plan/goals/{goal}/evaluation";

        var tag = mvc.perform(as(petra, get(evaluation, household, goal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Michael gaat weer naar school"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(events(petra, household)).contains("PLAN_READ");
        var reached = "{\"reached\": true, \"achieved\": \"Michael gaat elke dag\"}";

        mvc.perform(as(petra, post(evaluation, household, goal)).content(reached))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as(petra, post(evaluation, household, goal))
                        .header("If-Match", "\"0\"")
                        .content(reached))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(petra, post(evaluation, household, goal))
                        .header("If-Match", tag)
                        .content("{\"reached\": false, \"achieved\": \"Een gesprek\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.evaluation.actionsDoneRequired"));
        mvc.perform(as(petra, post(evaluation, household, goal))
                        .header("If-Match", tag)
                        .content("{\"reached\": true, \"achieved\": \"a\\u0000b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("achieved"));
        assertThat(events(petra, household)).doesNotContain("PLAN_GOAL_EVALUATED");

        mvc.perform(as(petra, post(evaluation, household, goal))
                        .header("If-Match", tag)
                        .content(reached))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (Integer.parseInt(tag.replace("\"", "")) + 1) + "\""))
                .andExpect(jsonPath("$.goalReached").value(true));
        mvc.perform(as(petra, get("/api/v1/households/{id}/plan/goals/{goal}", household, goal)))
                .andExpect(jsonPath("$.status").value("REACHED"))
                .andExpect(jsonPath("$.evaluations[0].achieved").value("Michael gaat elke dag"));
        assertThat(events(petra, household)).contains("PLAN_GOAL_EVALUATED");
    }

    @Test
    @DisplayName("G-4, G-1: an action is marked done and a goal moves up in priority, each on the version named")
    void doneAndRaised() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        var first = goalWithAction(petra, household, "Michael gaat weer naar school");
        var second = goalWithAction(petra, household, "Sanne vindt werk");
        var actionId = JsonPath.<String>read(plan(petra, household), "$.goals[0].actions[0].id");

        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/actions/{a}/done", household, actionId)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/actions/{a}/done", household, actionId))
                        .header("If-Match", etag(petra, household)))
                .andExpect(status().isNoContent());
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/goals/{g}/raise", household, second))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/goals/{g}/raise", household, second))
                        .header("If-Match", etag(petra, household)))
                .andExpect(status().isNoContent());

        var plan = plan(petra, household);
        assertThat(JsonPath.<String>read(plan, "$.goals[0].id")).isEqualTo(second.toString());
        assertThat(JsonPath.<String>read(plan, "$.goals[1].id")).isEqualTo(first.toString());
        assertThat(JsonPath.<List<Object>>read(plan, "$.goals[1].actions[?(@.doneAt != null)]"))
                .hasSize(1);
    }

    @Test
    @DisplayName("PL-9: only a household member or the coordinator agrees (422 with its reason); a version is sent"
            + " to those who receive a copy; a version that does not exist is 404")
    void agreeingAndSending() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        goalWithAction(petra, household, "Michael gaat weer naar school");

        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/agree", household))
                        .header("If-Match", etag(petra, household)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.establish.householdOrCoordinator"));
        coordinates(petra, household);
        var tag = etag(petra, household);
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/agree", household))
                        .header("If-Match", tag))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"" + (Integer.parseInt(tag.replace("\"", "")) + 1) + "\""));
        assertThat(events(petra, household)).contains("PLAN_AGREED");
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", etag(petra, household)))
                .andExpect(status().isOk());

        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/versions/1/send", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sentTo").value(1));
        assertThat(events(petra, household)).contains("PLAN_SENT_ROUND");
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/versions/7/send", household)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("R-7, H-4: closing needs a reason and a confirmation; a new plan starts only after, and the"
            + " closed one is among the earlier plans, paginated, its versions readable and every read logged")
    void closingStartingAnewAndTheEarlierPlans() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        goalWithAction(petra, household, "Michael gaat weer naar school");
        coordinates(petra, household);
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", etag(petra, household)))
                .andExpect(status().isOk());
        var close = "/api/v1/households/{id}/plan/close";

        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/new", household)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").exists());
        mvc.perform(as(petra, post(close, household))
                        .header("If-Match", etag(petra, household))
                        .content("{\"reason\": \"HANDED_OVER\", \"confirmed\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmed"));
        mvc.perform(as(petra, post(close, household)).content("{\"reason\": \"HANDED_OVER\", \"confirmed\": true}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as(petra, post(close, household))
                        .header("If-Match", etag(petra, household))
                        .content("{\"reason\": \"HANDED_OVER\", \"confirmed\": true}"))
                .andExpect(status().isNoContent());
        assertThat(JsonPath.<String>read(plan(petra, household), "$.status")).isEqualTo("CLOSED");
        assertThat(events(petra, household)).contains("PLAN_CLOSED");

        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/new", household)))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location", org.hamcrest.Matchers.endsWith("/households/" + household + "/plan")));
        assertThat(JsonPath.<String>read(plan(petra, household), "$.status")).isEqualTo("DRAFT");

        var earlier = mvc.perform(as(petra, get("/api/v1/households/{id}/plan/earlier?size=1", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.nextPage").isEmpty())
                .andExpect(jsonPath("$.items[0].closeReason").value("HANDED_OVER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(events(petra, household)).contains("EARLIER_PLANS_READ");
        mvc.perform(as(petra, get("/api/v1/households/{id}/plan/earlier?page=1&size=1", household)))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(as(petra, get("/api/v1/households/{id}/plan/earlier?size=101", household)))
                .andExpect(status().isBadRequest());
        mvc.perform(as(petra, get(JsonPath.<String>read(earlier, "$.items[0].versions[0].href"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1));
        mvc.perform(as(petra, get("/api/v1/households/{id}/plan/earlier/{p}/versions/1", household, UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("X-1: who does not take part is told none of it exists, and nothing is logged or changed")
    void strangersGetNotFound() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        var goal = goalWithAction(petra, household, "Michael gaat weer naar school");
        var stranger = professional("Sven Vreemd");
        var tag = etag(petra, household);

        mvc.perform(as(stranger, get("/api/v1/households/{id}/plan/goals/{g}/evaluation", household, goal)))
                .andExpect(status().isNotFound());
        mvc.perform(as(stranger, get("/api/v1/households/{id}/plan/earlier", household)))
                .andExpect(status().isNotFound());
        mvc.perform(as(stranger, post("/api/v1/households/{id}/plan/close", household))
                        .header("If-Match", tag)
                        .content("{\"reason\": \"HANDED_OVER\", \"confirmed\": true}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(stranger, post("/api/v1/households/{id}/plan/new", household)))
                .andExpect(status().isNotFound());
        mvc.perform(as(stranger, post("/api/v1/households/{id}/plan/goals/{g}/raise", household, goal))
                        .header("If-Match", tag))
                .andExpect(status().isNotFound());
        assertThat(events(stranger, household)).isEmpty();
        assertThat(etag(petra, household)).isEqualTo(tag);
    }
}
