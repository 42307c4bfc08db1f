package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** PL-7 through the API: treatment plans linked to goals, on the plan's version, frozen into versions. */
class TreatmentPlanApiTests extends PlanApiTest {

    static final String LIST = "/api/v1/households/{id}/plan/treatment-plans";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Coordinations coordinations;

    @Test
    @DisplayName("PL-7: a treatment plan is linked to goals on the plan's version: 428, 412, 422 for the rules"
            + " (agreement, a web address as reference, an unknown goal), 400 for what cannot be read; then read,"
            + " listed in pages, changed and ended (kept as history), every read and change logged (X-1)")
    void linkedChangedAndEnded() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        var goal = goal(petra, household, "Sanne voelt zich rustiger");
        var me = participant(petra, household, "Petra de Vries");
        var body = body(me, "Behandelplan GGZ", "GGZ-2026/0042", goal, true);

        mvc.perform(as(petra, post(LIST, household)).content(body)).andExpect(status().isPreconditionRequired());
        mvc.perform(as(petra, post(LIST, household)).header("If-Match", "\"0\"").content(body))
                .andExpect(status().isPreconditionFailed());
        var tag = etag(petra, household);
        refused(petra, household, tag, body(me, "Behandelplan GGZ", "", goal, false), "agreementRequired");
        refused(
                petra,
                household,
                tag,
                body(me, "Behandelplan GGZ", "https://ggz.example/42", goal, true),
                "referenceInvalid");
        refused(petra, household, tag, body(me, "Behandelplan GGZ", "", UUID.randomUUID(), true), "goalUnknown");
        refused(
                petra,
                household,
                tag,
                body(UUID.randomUUID(), "Behandelplan GGZ", "", goal, true),
                "professionalUnknown");
        mvc.perform(as(petra, post(LIST, household))
                        .header("If-Match", tag)
                        .content("{\"name\": 7, \"goalIds\": \"x\"}"))
                .andExpect(status().isBadRequest());
        assertThat(rows(household)).isZero();

        var location = mvc.perform(
                        as(petra, post(LIST, household)).header("If-Match", tag).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", next(tag)))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(as(petra, get(LIST + "/{t}", household, id)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", next(tag)))
                .andExpect(jsonPath("$.name").value("Behandelplan GGZ"))
                .andExpect(jsonPath("$.reference").value("GGZ-2026/0042"))
                .andExpect(jsonPath("$.professional").value("Petra de Vries"))
                .andExpect(jsonPath("$.organisation").value(org.hamcrest.Matchers.startsWith("Jeugdzorg ")))
                .andExpect(jsonPath("$.goalIds[0]").value(goal.toString()));

        var changed = body(me, "Behandelplan GGZ volwassenen", "", goal, true);
        mvc.perform(as(petra, put(LIST + "/{t}", household, id))
                        .header("If-Match", tag)
                        .content(changed))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(petra, put(LIST + "/{t}", household, id))
                        .header("If-Match", next(tag))
                        .content(changed))
                .andExpect(status().isNoContent());
        mvc.perform(as(petra, post(LIST + "/{t}/end", household, id)).header("If-Match", etag(petra, household)))
                .andExpect(status().isNoContent());
        mvc.perform(as(petra, put(LIST + "/{t}", household, id))
                        .header("If-Match", etag(petra, household))
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.treatment.ended"));

        mvc.perform(as(petra, get(LIST + "?page=0&size=1", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Behandelplan GGZ volwassenen"))
                .andExpect(jsonPath("$.items[0].endedOn").isNotEmpty());
        mvc.perform(as(petra, get(LIST + "?size=0", household))).andExpect(status().isBadRequest());
        assertThat(events(petra, household))
                .contains(
                        "PLAN_TREATMENT_PLAN_ADDED",
                        "PLAN_TREATMENT_PLAN_CHANGED",
                        "PLAN_TREATMENT_PLAN_ENDED",
                        "PLAN_TREATMENT_PLANS_READ")
                .filteredOn("PLAN_TREATMENT_PLAN_ADDED"::equals)
                .hasSize(1);
    }

    @Test
    @DisplayName("PL-7, PL-9: a treatment plan freezes into the established version, with its name, the"
            + " professional and the goals it serves; X-1: under another household's id, or to someone outside the team,"
            + " it does not exist")
    void frozenIntoTheVersion() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        var goal = goal(petra, household, "Michael gaat weer naar school");
        var me = participant(petra, household, "Petra de Vries");
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", etag(petra, household))
                        .content(action("Petra belt school", me, "2026-03-02", "2026-04-01")))
                .andExpect(status().isCreated());
        mvc.perform(as(petra, post(LIST, household))
                        .header("If-Match", etag(petra, household))
                        .content(body(me, "Behandelplan GGZ", "A-12", goal, true)))
                .andExpect(status().isCreated());
        coordinates(petra, household, me);
        mvc.perform(as(petra, post("/api/v1/households/{id}/plan/establish", household))
                        .header("If-Match", etag(petra, household)))
                .andExpect(status().isOk());

        mvc.perform(as(petra, get("/api/v1/households/{id}/plan/versions/1", household)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts.treatmentPlans[0].heading.args[0]").value("Behandelplan GGZ"))
                .andExpect(jsonPath("$.parts.treatmentPlans[0].heading.args[1]").value("Petra de Vries"))
                .andExpect(jsonPath("$.parts.treatmentPlans[0].lines[*].value.plain")
                        .value(org.hamcrest.Matchers.hasItems("A-12", "Michael gaat weer naar school")));

        var link = JsonPath.<String>read(
                mvc.perform(as(petra, get(LIST, household)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");
        var otherFamily = registerFamily(petra);
        mvc.perform(as(petra, get(LIST + "/{t}", otherFamily, link))).andExpect(status().isNotFound());
        mvc.perform(as(petra, post(LIST + "/{t}/end", otherFamily, link)).header("If-Match", etag(petra, otherFamily)))
                .andExpect(status().isNotFound());

        var stranger = professional("Karin Smit");
        mvc.perform(as(stranger, get(LIST, household))).andExpect(status().isNotFound());
        assertThat(events(stranger, household)).isEmpty();
    }

    private void refused(Client client, UUID household, String tag, String body, String reason) throws Exception {
        mvc.perform(as(client, post(LIST, household)).header("If-Match", tag).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("plan.treatment." + reason));
    }

    private static String body(UUID professional, String name, String reference, UUID goal, boolean agreed) {
        return """
                {"professionalId": "%s", "name": "%s", "reference": "%s", "validFrom": "2026-01-05",
                 "validTo": "2026-12-31", "goalIds": ["%s"], "householdAgreed": %s}
                """.formatted(professional, name, reference, goal, agreed);
    }

    private UUID goal(Client client, UUID household, String title) throws Exception {
        var json = mvc.perform(as(client, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", etag(client, household))
                        .content("{\"title\": \"" + title + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private void coordinates(Client professional, UUID household, UUID participant) {
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        participant,
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

    private String etag(Client client, UUID household) throws Exception {
        return "\"" + JsonPath.<Integer>read(plan(client, household), "$.version") + "\"";
    }

    private static String next(String tag) {
        return "\"" + (Integer.parseInt(tag.replace("\"", "")) + 1) + "\"";
    }

    private int rows(UUID household) {
        return jdbc.sql(
                        "select count(*) from treatment_plan_link l join plan p on p.id = l.plan_id where p.household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }

    private List<String> events(Client client, UUID household) {
        return jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, client.accountId())
                .query(String.class)
                .list();
    }
}
