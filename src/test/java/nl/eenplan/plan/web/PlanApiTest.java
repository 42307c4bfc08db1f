package nl.eenplan.plan.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.EenPlanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Professionals with an organisation and an API token, and households registered through the API. */
abstract class PlanApiTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    HouseholdRegister households;

    private final Map<UUID, UUID> municipalities = new HashMap<>();

    /** Someone who uses the API: the account and the secret of its token. */
    record Client(UUID accountId, String token) {}

    /** A professional of a youth-care provider in a new municipality, with a read-write token. */
    Client professional(String name) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var account = accounts.createActive(uniqueEmail(name), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), provider.id(), StaffRole.PROFESSIONAL);
        municipalities.put(account.id(), municipality.id());
        return new Client(
                account.id(),
                tokens.issue(account.id(), "koppeling", ApiScope.READ_WRITE, 30).secret());
    }

    /**
     * The Jansen family (a mother and her son of 14) registered by this professional, who may see its
     * plan: the mother's authority and the consent of both are recorded (C-1). Returns its id.
     */
    UUID registerFamily(Client professional) throws Exception {
        var body = """
                {"name": "Gezin Jansen", "municipalityId": "%s", "street": "Dorpsstraat 1", "postcode": "1234 AB",
                 "city": "Gouda", "members": [
                   {"givenName": "Sanne", "familyName": "Jansen", "dateOfBirth": "1988-04-02", "relation": "moeder"},
                   {"givenName": "Michael", "familyName": "Jansen", "dateOfBirth": "2012-09-15", "relation": "zoon"}]}
                """.formatted(municipalities.get(professional.accountId()));
        var location = mvc.perform(as(professional, post("/api/v1/households")).content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var householdId = UUID.fromString(location.replaceAll(".*/households/([^/]+)/plan$", "$1"));
        // C-1: the mother has authority over her son, and both consent to sharing the plan.
        var members = households.members(householdId);
        households.grantParentalAuthority(member(members, "Michael"), member(members, "Sanne"));
        shareWholePlanWith(householdId, professional.accountId());
        return householdId;
    }

    private static UUID member(List<Member> members, String givenName) {
        return members.stream()
                .filter(m -> m.givenName().equals(givenName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The plan as this client sees it, as JSON. */
    String plan(Client client, UUID householdId) throws Exception {
        return mvc.perform(as(client, get("/api/v1/households/{id}/plan", householdId)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The id of the participant with this name, from the plan's team. */
    UUID participant(Client client, UUID householdId, String name) throws Exception {
        List<String> ids = JsonPath.read(plan(client, householdId), "$.participants[?(@.name == '" + name + "')].id");
        return UUID.fromString(ids.getFirst());
    }

    static MockHttpServletRequestBuilder as(Client client, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + client.token()).contentType(MediaType.APPLICATION_JSON);
    }

    static String action(String what, UUID who, String start, String target) {
        return """
                {"what": "%s", "who": ["%s"], "startDate": "%s", "targetDate": "%s", "evaluationDate": "%s"}
                """.formatted(what, who, start, target, target);
    }
}
