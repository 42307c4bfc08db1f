package nl.eenplan.feed;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A municipality of its own per test, with an access team and a youth-care provider; people of every
 * kind with an API token; the Jansen family registered through the API; and reading the feed.
 */
abstract class FeedTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    HouseholdRegister households;

    @Autowired
    JdbcClient jdbc;

    /** Someone who uses the API: the account and the secret of its token. */
    record Client(UUID accountId, String token) {}

    /** A municipality with its access team and a provider. */
    record Place(UUID municipality, UUID accessTeam, UUID provider) {}

    Place place() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        var accessTeam = organisations.found("Toegangsteam " + suffix, OrganisationKind.ACCESS_TEAM, municipality.id());
        var provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        return new Place(municipality.id(), accessTeam.id(), provider.id());
    }

    Client staff(String name, UUID organisation, StaffRole role) {
        var client = client(name, AccountKind.STAFF);
        organisations.assign(client.accountId(), organisation, role);
        return client;
    }

    Client client(String name, AccountKind kind) {
        var account = accounts.createActive(uniqueEmail(name), name, kind, PASSWORD);
        return new Client(
                account.id(),
                tokens.issue(account.id(), "koppeling", ApiScope.READ_WRITE, 30).secret());
    }

    /** The Jansen family registered by this professional; with {@code consent} he may see its plan (C-1). */
    UUID registerFamily(Client professional, Place place, boolean consent) throws Exception {
        var body = """
                {"name": "Gezin Jansen", "municipalityId": "%s", "street": "Dorpsstraat 1", "postcode": "1234 AB",
                 "city": "Gouda", "members": [
                   {"givenName": "Sanne", "familyName": "Jansen", "dateOfBirth": "1988-04-02", "relation": "moeder"},
                   {"givenName": "Michael", "familyName": "Jansen", "dateOfBirth": "2012-09-15", "relation": "zoon"}]}
                """.formatted(place.municipality());
        var location = mvc.perform(as(professional, post("/api/v1/households")).content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var householdId = UUID.fromString(location.replaceAll(".*/households/([^/]+)/plan$", "$1"));
        if (consent) {
            consent(householdId, professional);
        }
        return householdId;
    }

    /** C-1: the mother has authority over her son, and both consent to sharing the plan with him. */
    void consent(UUID householdId, Client professional) {
        var members = households.members(householdId);
        households.grantParentalAuthority(member(members, "Michael"), member(members, "Sanne"));
        shareWholePlanWith(householdId, professional.accountId());
    }

    /** Adds a goal to the household's draft plan at this version; answers the goal's id. */
    UUID addGoal(Client professional, UUID householdId, int version) throws Exception {
        var answer = mvc.perform(as(professional, post("/api/v1/households/{id}/plan/goals", householdId))
                        .header("If-Match", "\"" + version + "\"")
                        .content("{\"title\": \"Michael gaat weer naar school\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        return UUID.fromString(JsonPath.read(answer.getResponse().getContentAsString(), "$.id"));
    }

    /** The feed as this client reads it: the JSON answer, expecting 200. */
    String feed(Client client, String query) throws Exception {
        return mvc.perform(as(client, get("/api/v1/events" + query)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Every event of the feed from the start, read a page of {@code limit} at a time, following next. */
    List<String> everyEventId(Client client, int limit) throws Exception {
        var ids = new ArrayList<String>();
        String cursor = null;
        while (true) {
            var page = feed(client, "?limit=" + limit + (cursor == null ? "" : "&after=" + cursor));
            List<String> events = JsonPath.read(page, "$.events[*].id");
            String next = JsonPath.read(page, "$.next");
            ids.addAll(events);
            if (events.isEmpty()) {
                return ids;
            }
            cursor = next;
        }
    }

    List<String> typesOf(String page, UUID householdId) {
        return JsonPath.read(page, "$.events[?(@.data.householdId == '" + householdId + "')].type");
    }

    private static UUID member(List<Member> members, String givenName) {
        return members.stream()
                .filter(m -> m.givenName().equals(givenName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static MockHttpServletRequestBuilder as(Client client, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + client.token()).contentType(MediaType.APPLICATION_JSON);
    }
}
