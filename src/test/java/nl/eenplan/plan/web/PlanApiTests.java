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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlanApiTests extends PlanApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("H-1: registering a household opens its plan, whose ETag is the plan version")
    void registeringAHouseholdOpensAPlanWhoseETagIsItsVersion() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);

        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.household").value("Gezin Jansen"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.participants.length()").value(3))
                .andExpect(jsonPath("$.coordination.coordinator").isEmpty())
                .andExpect(jsonPath("$.goals").isEmpty());
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household))
                        .header("If-None-Match", "\"0\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428AndChangesNothing() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);

        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .content("{\"arrangement\": \"EMAIL\", \"firstAgreements\": \"Elke week mailen\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(428))
                .andExpect(jsonPath("$.detail").value(containsString("If-Match")));
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isPreconditionRequired());

        assertThat(JsonPath.<Integer>read(plan(professional, household), "$.version"))
                .isZero();
    }

    @Test
    void aChangeOnAnOlderVersionIsRefusedWith412AndKeepsTheOtherPersonsChange() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);

        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"arrangement\": \"EMAIL\", \"firstAgreements\": \"Elke week mailen\"}"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/tab1", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"arrangement\": \"PHONE\", \"firstAgreements\": \"Bellen\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.detail").value(startsWith("Iemand anders")));

        mvc.perform(as(professional, get("/api/v1/households/{id}/plan", household)))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.tab1.arrangement").value("EMAIL"))
                .andExpect(jsonPath("$.tab1.firstAgreements").value("Elke week mailen"));
    }

    @Test
    @DisplayName("G-2: goals and actions are added, and an action changes what, who and when")
    void goalsAndActionsAreAddedAndAnActionChangesWhatWhoAndWhen() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var mother = participant(professional, household, "Sanne Jansen");
        var petra = participant(professional, household, "Petra de Vries");

        var goal = mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Location", containsString("/plan/goals/")))
                .andReturn();
        var goalId = JsonPath.<String>read(goal.getResponse().getContentAsString(), "$.id");
        var action = mvc.perform(
                        as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goalId))
                                .header("If-Match", "\"1\"")
                                .content(action("Gesprek met school", mother, "2026-02-02", "2026-03-02")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"2\""))
                .andReturn();
        var actionId = JsonPath.<String>read(action.getResponse().getContentAsString(), "$.id");

        mvc.perform(as(professional, put("/api/v1/households/{id}/plan/actions/{action}", household, actionId))
                        .header("If-Match", "\"2\"")
                        .content(action("Gesprek met school en leerplicht", petra, "2026-02-09", "2026-04-06")))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"3\""));

        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/actions/{action}", household, actionId)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.what").value("Gesprek met school en leerplicht"))
                .andExpect(jsonPath("$.who.length()").value(1))
                .andExpect(jsonPath("$.who[0].id").value(petra.toString()))
                .andExpect(jsonPath("$.who[0].name").value("Petra de Vries"))
                .andExpect(jsonPath("$.startDate").value("2026-02-09"))
                .andExpect(jsonPath("$.targetDate").value("2026-04-06"));
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/goals/{goal}", household, goalId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Michael gaat weer naar school"))
                .andExpect(jsonPath("$.actions[0].id").value(actionId));
        assertThat(events(household)).contains("PLAN_GOAL_ADDED", "PLAN_ACTION_ADDED", "PLAN_ACTION_UPDATED");
    }

    @Test
    @DisplayName("X-4: an action dated on Christmas Day is added through the API, with a warning per date field")
    void anActionOnChristmasDayIsAddedWithAWarningPerDateField() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);
        var mother = participant(professional, household, "Sanne Jansen");
        var goal = mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings").doesNotExist())
                .andReturn();
        var goalId = JsonPath.<String>read(goal.getResponse().getContentAsString(), "$.id");

        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goalId))
                        .header("If-Match", "\"1\"")
                        .content(action("Kerstpakket ophalen", mother, "2026-12-21", "2026-12-25")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.warnings.length()").value(2))
                .andExpect(jsonPath("$.warnings[0].field").value("targetDate"))
                .andExpect(jsonPath("$.warnings[0].detail").value(containsString("25 december 2026 is geen werkdag")))
                .andExpect(jsonPath("$.warnings[1].field").value("evaluationDate"));
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goalId))
                        .header("If-Match", "\"2\"")
                        .header("Accept-Language", "en")
                        .content(action("Nieuwjaarsbezoek", mother, "2027-01-01", "2027-01-04")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].field").value("startDate"))
                .andExpect(jsonPath("$.warnings[0].detail").value(containsString("is not a working day")));
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goalId))
                        .header("If-Match", "\"3\"")
                        .content(action("Gesprek met school", mother, "2027-01-05", "2027-01-06")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings").doesNotExist());
    }

    @Test
    @DisplayName("X-1: every read of the plan through the API is in the audit log")
    void everyReadOfThePlanThroughTheApiIsInTheAuditLog() throws Exception {
        var professional = professional("Petra de Vries");
        var household = registerFamily(professional);

        plan(professional, household);
        mvc.perform(as(professional, get("/api/v1/households/{id}/plan/versions", household)))
                .andExpect(status().isOk());

        var reads = jdbc.sql("""
                        select count(*) from audit_entry
                        where account_id = ? and household_id = ? and event in ('PLAN_READ', 'PLAN_VERSIONS_READ')
                        """)
                .params(professional.accountId(), household)
                .query(Integer.class)
                .single();
        assertThat(reads).isEqualTo(2);
    }

    private List<String> events(UUID household) {
        return jdbc.sql("select event from audit_entry where household_id = ? order by id")
                .param(household)
                .query(String.class)
                .list();
    }
}
