package nl.eenplan.plan.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A household's plan exported as FHIR through the API, with the people and actions the tests need. */
abstract class FhirExportTest extends PlanApiTest {

    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    Team team;

    @Autowired
    FhirContext fhir;

    @Autowired
    JdbcClient jdbc;

    record Network(Client client, UUID participant) {}

    Network networkMember(UUID household) {
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

    UUID mother(Client professional, UUID household) throws Exception {
        List<String> ids = JsonPath.read(
                plan(professional, household),
                "$.participants[?(@.kind == 'HOUSEHOLD_MEMBER' && @.relation == 'moeder')].id");
        return UUID.fromString(ids.getFirst());
    }

    UUID addGoal(Client professional, UUID household, String version) throws Exception {
        var response = mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", household))
                        .header("If-Match", version)
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    void addAction(Client professional, UUID household, UUID goal, String version, String what, UUID... who)
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

    static List<String> types(String bundle) {
        return JsonPath.read(bundle, "$.entry[*].resource.resourceType");
    }

    static Set<String> ids(String json) {
        return UUIDS.matcher(json).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    List<String> events(Client client, UUID household) {
        return jdbc.sql("select event from audit_entry where account_id = ? and household_id = ? order by id")
                .params(client.accountId(), household)
                .query(String.class)
                .list();
    }
}
