package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * changing an id in an address never shows a thing. Hanna takes part in households A and B with
 * consent in both; she asks for A's goal, round table, escalation, versions and consent under B's id,
 * and for ids that do not exist. Always 404, no entry in the access log, nothing of A or B in the answer.
 */
@DisplayName("X-1: changing an id in an address leaks nothing")
class IdTamperingTests extends MatrixTest {

    static final List<String> PAGES = List.of(
            "/households/{B}/plan/goals/{goal}/evaluation",
            "/households/{B}/plan/versions/2",
            "/households/{B}/plan/versions/2.pdf",
            "/households/{B}/plan/compare?left=1&right=2",
            "/households/{B}/round-tables/{rt}",
            "/households/{B}/round-tables/{rt}/minutes",
            "/households/{B}/round-tables/{rt}/agenda",
            "/households/{B}/round-tables/{rt}/planning",
            "/households/{B}/escalations/{escalation}",
            "/households/{A}/plan/goals/{random}/evaluation",
            "/households/{A}/plan/versions/99",
            "/households/{A}/plan/versions/99.pdf",
            "/households/{A}/plan/compare?left=1&right=99",
            "/households/{A}/round-tables/{random}",
            "/households/{A}/escalations/{random}",
            "/households/{random}/plan",
            "/households/{random}/plan/versions",
            "/households/{random}/team",
            "/households/{random}/coordination",
            "/households/{random}/round-tables",
            "/households/{random}/consents",
            "/households/{random}/consents/overview",
            "/households/{random}/escalations",
            "/households/{random}/access-log",
            "/api/v1/households/{B}/plan/goals/{goal}",
            "/api/v1/households/{B}/plan/actions/{action}",
            "/api/v1/households/{B}/plan/versions/1",
            "/api/v1/households/{A}/plan/goals/{random}",
            "/api/v1/households/{A}/plan/actions/{random}",
            "/api/v1/households/{A}/plan/versions/99",
            "/api/v1/households/{random}/plan",
            "/api/v1/households/not-an-id/plan",
            // PL-7: treatment plans
            "/households/{A}/plan/treatment-plans/{random}",
            "/households/{random}/plan/treatment-plans",
            "/api/v1/households/{A}/plan/treatment-plans/{random}",
            "/api/v1/households/{random}/plan/treatment-plans");

    static Stream<Arguments> pages() {
        return PAGES.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("X-1: another household's id with A's sub-ids, or an id that does not exist: 404")
    void tampered(String route) throws Exception {
        var hanna = person(Actor.PROFESSIONAL);
        var request = get(path(route));
        notFound(
                hanna,
                route.startsWith("/api/")
                        ? request.header("Authorization", "Bearer " + token(hanna))
                        : request.with(as(hanna)));
    }

    @Test
    @DisplayName("X-1: an address with something else than an id: 400 on a page, nothing logged or shown")
    void notAnId() throws Exception {
        var hanna = person(Actor.PROFESSIONAL);
        var before = lastEntryId();
        var response = mvc.perform(get("/households/not-an-id/plan").with(as(hanna)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(entriesSince(before, hanna)).isEmpty();
        leaksNothing(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("X-1, X-6: a household member downloads only the data of his own household's members")
    void personalDataOfAnotherHousehold() throws Exception {
        var w = world();
        var sanne = person(Actor.HOUSEHOLD);
        notFound(sanne, get(path("/households/{A}/personal-data/{bert}.json")).with(as(sanne)));
        notFound(sanne, get(path("/households/{B}/personal-data/{sanne}.json")).with(as(sanne)));
        notFound(
                w.bert(), get(path("/households/{B}/personal-data/{sanne}.pdf")).with(as(w.bert())));
        notFound(w.bert(), get(path("/households/{A}/access-log")).with(as(w.bert())));
        var admin = person(Actor.ADMINISTRATOR);
        notFound(admin, get(path("/admin/access-log/{random}.csv")).with(as(admin)));
    }

    @Test
    @DisplayName("C-1, X-1: A's consent cannot be withdrawn or changed under B's id")
    void consentOfAnotherHousehold() throws Exception {
        var hanna = person(Actor.PROFESSIONAL);
        var version = jdbc.sql("select version from consent where id = ?")
                .param(world().consent())
                .query(Integer.class)
                .single();
        for (var action : List.of("withdrawal", "written")) {
            notFound(
                    hanna,
                    post(path("/households/{B}/consents/{consent}/" + action))
                            .param("version", "" + version)
                            .with(as(hanna))
                            .with(csrf()));
        }
        assertThat(jdbc.sql("select version from consent where id = ?")
                        .param(world().consent())
                        .query(Integer.class)
                        .single())
                .isEqualTo(version);
    }

    private void notFound(AccountPrincipal person, MockHttpServletRequestBuilder request) throws Exception {
        var before = lastEntryId();
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(entriesSince(before, person)).isEmpty();
        leaksNothing(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
