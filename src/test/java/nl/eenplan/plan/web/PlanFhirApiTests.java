package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.web.fhir.BaseR4Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A plan exported as a FHIR R4 Bundle: valid against the base R4 profiles, and only for whom may read it. */
class PlanFhirApiTests extends PlanApiTest {

    private static final Pattern UUIDS =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    Team team;

    @Autowired
    FhirContext fhir;

    @Autowired
    JdbcClient jdbc;

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

    record Network(Client client, UUID participant) {}

    private Network networkMember(UUID household) {
        var grandma = accounts.createActive(uniqueEmail("oma"), "Oma Jansen", AccountKind.CITIZEN, PASSWORD);
        var participant = team.add(
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
        return new Network(
                new Client(
                        grandma.id(),
                        tokens.issue(grandma.id(), "oma", ApiScope.READ, 7).secret()),
                participant.id());
    }

    private UUID mother(Client professional, UUID household) throws Exception {
        List<String> ids = JsonPath.read(
                plan(professional, household),
                "$.participants[?(@.kind == 'HOUSEHOLD_MEMBER' && @.relation == 'moeder')].id");
        return UUID.fromString(ids.getFirst());
    }

    private UUID addGoal(Client professional, UUID household, String version) throws Exception {
        var response = mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", version)
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    private void addAction(Client professional, UUID household, UUID goal, String version, String what, UUID... who)
            throws Exception {
        var people = Set.of(who).stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals/{goal}/actions", household, goal))
                        .header("If-Match", version)
                        .content("""
                                {"what": "%s", "who": [%s], "startDate": "2026-02-02", "targetDate": "2026-03-02",
                                 "evaluationDate": "2026-03-02"}
                                """.formatted(what, people)))
                .andExpect(status().isCreated());
    }

    private static List<String> types(String bundle) {
        return JsonPath.read(bundle, "$.entry[*].resource.resourceType");
    }

    private static Set<String> ids(String json) {
        return UUIDS.matcher(json).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    private List<String> events(Client client, UUID household) {
        return jdbc.sql("select event from audit_entry where account_id = ? and household_id = ? order by id")
                .params(client.accountId(), household)
                .query(String.class)
                .list();
    }
}
