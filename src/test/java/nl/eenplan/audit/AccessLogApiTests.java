package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The household's access log and a member's personal-data copy through the API, as on their pages. */
class AccessLogApiTests extends AuditTest {

    @Autowired
    ApiTokens tokens;

    private final Map<UUID, String> secrets = new HashMap<>();

    private MockHttpServletRequestBuilder api(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var secret = secrets.computeIfAbsent(
                person.id(),
                id -> tokens.issue(id, "koppeling", ApiScope.READ, 30).secret());
        return request.header("Authorization", "Bearer " + secret);
    }

    private String log() {
        return "/api/v1/households/" + household + "/access-log";
    }

    @Test
    @DisplayName("X-1: a household member reads who looked at the plan, in words, newest first; the read is logged")
    void theMotherReadsTheLog() throws Exception {
        hannaReadsThePlan();

        mvc.perform(api(sanne, get(log())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].who").value("Hanna Hulp"))
                .andExpect(jsonPath("$.items[0].organisation").value(provider.name()))
                .andExpect(jsonPath("$.items[0].what").value("Heeft het plan bekeken"))
                .andExpect(jsonPath("$.items[0].you").value(false))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        assertThat(events(sanne)).containsExactly("ACCESS_LOG_READ");

        // Her own visits show on request only; in English on request.
        mvc.perform(api(sanne, get(log())).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[*].you", not(hasItem(true))))
                .andExpect(jsonPath("$.items[0].what").value("Looked at the plan"));
        mvc.perform(api(sanne, get(log())).param("includeOwn", "true"))
                .andExpect(jsonPath("$.items[0].you").value(true));
    }

    @Test
    @DisplayName("X-1: the log is paginated; a page or size out of range is 400")
    void theLogIsPaginated() throws Exception {
        hannaReadsThePlan();
        hannaReadsThePlan();
        var all = mvc.perform(api(sanne, get(log()))).andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(all, "$.total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        mvc.perform(api(sanne, get(log()).param("size", "2")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(api(sanne, get(log()).param("size", "2").param("page", String.valueOf((total - 1) / 2))))
                .andExpect(jsonPath("$.nextPage").isEmpty());
        for (var size : List.of("0", "101", "x")) {
            mvc.perform(api(sanne, get(log()).param("size", size)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType("application/problem+json"));
        }
    }

    @Test
    @DisplayName("X-1: professionals, network members and strangers get 404 for the log and every copy, and no entry")
    void onlyHouseholdMembers() throws Exception {
        var stranger = staff("Olaf Overval");
        var sara = member("Sara").id();
        for (var person : List.of(hanna, stranger)) {
            for (var path : List.of(
                    log(),
                    "/api/v1/households/" + household + "/personal-data/"
                            + member("Sanne").id())) {
                mvc.perform(api(person, get(path)))
                        .andExpect(status().isNotFound())
                        .andExpect(content().string(not(org.hamcrest.Matchers.containsString(familyName))));
            }
        }
        assertThat(events(stranger)).isEmpty();
        assertThat(events(hanna)).doesNotContain("ACCESS_LOG_READ", "PERSONAL_DATA_COPIED");
        // Karim has no parental authority over Sara: he reads the log about himself, not her copy.
        mvc.perform(api(karim, get(log()))).andExpect(status().isOk());
        mvc.perform(api(karim, get("/api/v1/households/" + household + "/personal-data/" + sara)))
                .andExpect(status().isNotFound());
        mvc.perform(api(sanne, get("/api/v1/households/" + UUID.randomUUID() + "/access-log")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("X-6, C-1: a member downloads his own copy and that of a child under 16, not of a youth of 17; logged")
    void personalDataCopies() throws Exception {
        var sanneId = member("Sanne").id();
        mvc.perform(api(sanne, get("/api/v1/households/" + household + "/personal-data/" + sanneId)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.format").value("eenplan-personal-data/1"))
                .andExpect(jsonPath("$.memberId").value(sanneId.toString()))
                .andExpect(jsonPath("$.member").value("Sanne " + familyName));
        var entry = jdbc.sql(
                        "select event, member_id, basis from audit_entry where account_id = ? order by id desc limit 1")
                .param(sanne.id())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(entry).containsExactly("PERSONAL_DATA_COPIED", sanneId.toString(), "self");

        mvc.perform(api(
                        sanne,
                        get("/api/v1/households/" + household + "/personal-data/"
                                + member("Sara").id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member").value("Sara " + familyName));
        mvc.perform(api(
                        sanne,
                        get("/api/v1/households/" + household + "/personal-data/"
                                + member("Daan").id())))
                .andExpect(status().isNotFound());
    }
}
