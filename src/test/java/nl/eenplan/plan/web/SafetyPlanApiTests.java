package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.testing.ConsentFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PL-6 through the API: the safety plan read, started, changed, evaluated and ended, as its page does. */
class SafetyPlanApiTests extends PlanApiTest {

    static final String SAFETY = "/api/v1/households/{id}/plan/safety";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentFixtures consents;

    @Autowired
    Coordinations coordinations;

    @Test
    @DisplayName("PL-6, C-2, C-5: consent for the plan does not cover the safety plan: 403 naming the category and"
            + " the way to a decision to share without consent, nothing logged")
    void consentForThePlanDoesNotCoverTheSafetyPlan() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);

        mvc.perform(as(petra, get(SAFETY, household)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:eenplan:problem:consent-missing"))
                .andExpect(jsonPath("$.category").value("SAFETY_PLAN"))
                .andExpect(jsonPath("$.membersWithoutConsent.length()").value(2))
                .andExpect(jsonPath("$.sharingWithoutConsent")
                        .value("/households/" + household + "/consents/overrides/new"));
        assertThat(events(petra, household)).doesNotContain("SAFETY_PLAN_READ");
        mvc.perform(as(professional("Buiten Staander"), get(SAFETY, household))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PL-6, C-6: the safety plan is started, written down, evaluated at its moment and ended on the"
            + " plan's version (428, 412, 422), every step logged (X-1)")
    void startChangeEvaluateEnd() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        consents.share(household, Set.of(InformationCategory.SAFETY_PLAN), petra.accountId());
        var me = participant(petra, household, "Petra de Vries");

        mvc.perform(as(petra, get(SAFETY, household)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.seen").value("ALL"))
                .andExpect(jsonPath("$.fixedCalls[0].whom").value("Veilig Thuis, 0800-2000 (gratis, dag en nacht)"))
                .andExpect(jsonPath("$.fixedCalls[1].whom").value("112"));
        var start = "{\"reason\": \"Moeder is bang voor de ex-partner\"}";
        mvc.perform(as(petra, post(SAFETY, household)).content(start)).andExpect(status().isPreconditionRequired());
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"7\"")
                        .content(start))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"0\"")
                        .content("{\"reason\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.safety.reason.required"));
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"0\"")
                        .content("{\"reason\": \"x\", \"signalId\": \"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.safety.signal.unknown"));
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"0\"")
                        .content(start))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"1\"")
                        .content(start))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.safety.alreadyStarted"));

        var yesterday = LocalDate.now().minusDays(1);
        var body = """
                {"risks": [{"what": "Ex-partner komt onaangekondigd langs", "who": "Sanne en Michael"}],
                 "agreements": [{"what": "Petra belt elke maandag", "participantId": "%s"}],
                 "watches": [{"what": "Michael verzuimt school", "who": "mentor"}],
                 "calls": [{"what": "Als de ex-partner voor de deur staat", "who": "Wijkagent", "phone": "0900-8844"}],
                 "moments": ["%s"]}
                """.formatted(me, yesterday);
        mvc.perform(as(petra, put(SAFETY, household))
                        .header("If-Match", "\"0\"")
                        .content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(petra, put(SAFETY, household))
                        .header("If-Match", "\"1\"")
                        .content("{\"calls\": [{\"what\": \"x\", \"phone\": \"bel maar\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.safety.phone.invalid"));
        mvc.perform(as(petra, put(SAFETY, household))
                        .header("If-Match", "\"1\"")
                        .content(body))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"2\""));

        var read = mvc.perform(as(petra, get(SAFETY, household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.reason").value("Moeder is bang voor de ex-partner"))
                .andExpect(jsonPath("$.current.lines.length()").value(5))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> moments = JsonPath.read(read, "$.current.lines[?(@.kind == 'MOMENT')].id");
        var evaluation = SAFETY + "/moments/{m}/evaluation";
        mvc.perform(as(petra, post(evaluation, household, moments.getFirst()))
                        .header("If-Match", "\"2\"")
                        .content("{\"on\": \"" + LocalDate.now() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.safety.evaluation.outcome.required"));
        mvc.perform(as(petra, post(evaluation, household, moments.getFirst()))
                        .header("If-Match", "\"2\"")
                        .content("{\"on\": \"" + LocalDate.now() + "\", \"outcome\": \"Het is rustiger\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as(petra, post(SAFETY + "/end", household))
                        .header("If-Match", "\"3\"")
                        .content("{\"reason\": \"De ex-partner is verhuisd\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as(petra, get(SAFETY, household)))
                .andExpect(jsonPath("$.current").doesNotExist())
                .andExpect(jsonPath("$.ended.length()").value(1))
                .andExpect(jsonPath("$.ended[0].endReason").value("De ex-partner is verhuisd"))
                .andExpect(jsonPath("$.ended[0].lines[?(@.kind == 'MOMENT')].outcome")
                        .value("Het is rustiger"));

        assertThat(events(petra, household))
                .containsSubsequence(
                        "SAFETY_PLAN_READ",
                        "SAFETY_PLAN_STARTED",
                        "SAFETY_PLAN_CHANGED",
                        "SAFETY_PLAN_READ",
                        "SAFETY_PLAN_EVALUATED",
                        "SAFETY_PLAN_ENDED",
                        "SAFETY_PLAN_READ");
    }

    @Test
    @DisplayName("PL-6, PL-9: an established version holds the safety plan, with the fixed numbers")
    void aVersionHoldsTheSafetyPlan() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        consents.share(household, Set.of(InformationCategory.SAFETY_PLAN), petra.accountId());
        var me = participant(petra, household, "Petra de Vries");
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        me,
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                0,
                petra.accountId(),
                false);
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Rust in huis\"}"))
                .andExpect(status().isCreated());
        var goal = JsonPath.<String>read(plan(petra, household), "$.goals[0].id");
        var today = LocalDate.now();
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", "\"1\"")
                        .content(action(
                                "Wekelijks gesprek",
                                me,
                                today.toString(),
                                today.plusWeeks(4).toString())))
                .andExpect(status().isCreated());
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"2\"")
                        .content("{\"reason\": \"Dreiging door de ex-partner\"}"))
                .andExpect(status().isCreated());
        mvc.perform(as(petra, put(SAFETY, household))
                        .header("If-Match", "\"3\"")
                        .content("{\"risks\": [{\"what\": \"Ex-partner staat voor de deur\", \"who\": \"Sanne\"}]}"))
                .andExpect(status().isNoContent());
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", "\"4\""))
                .andExpect(status().isOk());

        var version = mvc.perform(as(petra, get("/api/v1/households/{id}/plan/versions/1", household)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(version).contains("Ex-partner staat voor de deur", "Dreiging door de ex-partner");
    }

    private List<String> events(Client client, UUID household) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, client.accountId())
                .query(String.class)
                .list();
    }
}
