package nl.eenplan.meeting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/**
 * The Jansen family of {@link RoundTableTest}, reached through the JSON API: everyone uses a personal
 * API token of his own (read-write unless said otherwise), as a municipal system would.
 */
abstract class RoundTableApiTest extends RoundTableTest {

    @Autowired
    ApiTokens tokens;

    private final Map<UUID, String> issued = new HashMap<>();

    String api() {
        return "/api/v1/households/" + household + "/round-tables";
    }

    String api(UUID id) {
        return api() + "/" + id;
    }

    /** The request as this person, with his read-write token, sending JSON. */
    MockHttpServletRequestBuilder by(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var token = issued.computeIfAbsent(
                person.id(),
                id -> tokens.issue(id, "koppeling", ApiScope.READ_WRITE, 30).secret());
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    /** The round table as this person reads it through the API. */
    String read(AccountPrincipal person, UUID id) throws Exception {
        return mvc.perform(by(person, get(api(id))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The ETag of the round table now, for If-Match; read from its table, so nothing is logged. */
    String etag(UUID id) {
        return "\"" + version(id) + "\"";
    }

    int version(UUID id) {
        return jdbc.sql("select version from round_table where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    static Object at(String json, String path) {
        return JsonPath.read(json, path);
    }
}
