package nl.eenplan.consent;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The De Vries family of {@link ConsentTest}, each person with a read-write API token of his own. */
abstract class ConsentApiTest extends ConsentTest {

    @Autowired
    ApiTokens tokens;

    private final Map<UUID, String> secrets = new HashMap<>();

    /** The request sent with this person's token, as JSON. */
    MockHttpServletRequestBuilder api(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var secret = secrets.computeIfAbsent(
                person.id(),
                id -> tokens.issue(id, "koppeling", ApiScope.READ_WRITE, 30).secret());
        return request.header("Authorization", "Bearer " + secret).contentType(MediaType.APPLICATION_JSON);
    }

    String consents() {
        return "/api/v1/households/" + household + "/consents";
    }

    /** A consent about a member, given by these members, for Hanna, about the plan, from today for a year. */
    String consentBody(UUID member, String manner, UUID... givenBy) {
        var givers = new StringBuilder();
        for (var id : givenBy) {
            givers.append(givers.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return """
                {"memberId": "%s", "purpose": "Hulp van school en jeugdzorg afstemmen", "categories": ["PLAN"],
                 "recipients": [{"kind": "PARTICIPANT", "id": "%s"}], "givenBy": [%s], "manner": "%s",
                 "validFrom": "%s", "validUntil": "%s"}
                """.formatted(member, hannaInTeam.id(), givers, manner, today, today.plusYears(1));
    }

    /** Hanna records this consent through the API; its id. */
    UUID give(UUID member, String manner, UUID... givenBy) throws Exception {
        var body = mvc.perform(api(hanna, post(consents())).content(consentBody(member, manner, givenBy)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    long consentCount() {
        return jdbc.sql("select count(*) from consent where household_id = ?")
                .param(household)
                .query(Long.class)
                .single();
    }
}
