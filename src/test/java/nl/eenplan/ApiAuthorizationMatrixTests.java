package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C-1: the authorization matrix of the plan API, each actor with an API token of his own.
 * {@code 200}: one entry about household A with its basis; {@code 403}: C-1, the problem
 * {@code consent-missing}, no entry; {@code 404}: no entry and nothing of either household; {@code 401}:
 * no token.
 */
@DisplayName("X-1, X-5, C-1: who reads what of the plan through the API")
class ApiAuthorizationMatrixTests extends MatrixTest {

    // HH household member, NET network, PRO professional with consent, NOC professional without
    // consent, COPY copy-only professional, COL colleague not in the team, MGR manager, CP municipal
    // contact point, ADM administrator. Not logged in: 401.
    //                                                                   HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> API = List.of(
            new Row("/api/v1/households/{A}/plan", "                     200  200  200  403  404  404  404  404  404"),
            // a network member reads the goals and actions he takes part in, nothing else.
            new Row("/api/v1/households/{A}/plan/goals/{goal}", "        200  200  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/goals/{otherGoal}", "   200  404  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/actions/{action}", "    200  404  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/actions/{omasAction}", "200  200  200  403  404  404  404  404  404"),
            // PL-9: copy-only recipients read the established versions, nothing in between.
            new Row("/api/v1/households/{A}/plan/versions", "            200  200  200  403  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/versions/1", "          200  200  200  403  200  404  404  404  404"),
            // the plan as FHIR, to exactly those who read the plan (ADR 0028).
            new Row("/api/v1/households/{A}/plan/fhir", "                200  200  200  403  404  404  404  404  404"),
            // PL-7, X-5: treatment plans only to who sees the whole plan; never the network, copy-only not live.
            new Row("/api/v1/households/{A}/plan/treatment-plans", "     200  404  200  403  404  404  404  404  404"),
            // Round tables (meeting), as on their pages: without consent or copy-only, none (404); X-5: the
            // network member reads the one she is invited to.
            new Row("/api/v1/households/{A}/round-tables", "            200  200  200  404  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/round-tables/{rt}", "       200  200  200  404  404  404  404  404  404"),
            // Issue 16, plan steps: H-4 earlier plans as the current one; G-3 evaluation for those who change it.
            new Row("/api/v1/households/{A}/plan/earlier", "             200  200  200  403  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/plan/goals/{goal}/evaluation", "200 404 200  403  404  404  404  404  404"),
            // PL-4, C-2: tab 4 as its page: nothing for the network or copy-only recipients.
            new Row("/api/v1/households/{A}/plan/life-areas", "          200  404  200  403  404  404  404  404  404"),
            new Row(
                    "/api/v1/households/{A}/plan/life-areas/assessments",
                    "200  404  200  403  404  404  404  404  404"));

    // Issue 16, escalations (E-1..E-5, X-5): as the escalation pages (TeamworkMatrixTests). 200: one entry
    // about household A; list: one entry per household shown; 404: no entry, nothing of either household.
    //                                                                    HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> ESCALATIONS = List.of(
            new Row("/api/v1/households/{A}/escalations", "               200  404  200  404  404  404  200  200  404"),
            new Row("/api/v1/households/{A}/escalations/{escalation}", "  200  404  200  404  404  404  200  200  404"),
            new Row(
                    "/api/v1/households/{A}/stagnation/prompts",
                    "         200  404  200  404  404  404  200  200  404"),
            new Row(
                    "/api/v1/households/{A}/stagnation/agreements",
                    "      200  404  200  404  404  404  200  200  404"),
            new Row(
                    "/api/v1/households/{A}/stagnation/signals",
                    "         200  404  200  404  404  404  200  200  404"),
            new Row(
                    "/api/v1/escalations",
                    "                              404  404  list 404  404  404  list list 404"));

    static Stream<Arguments> escalations() {
        return cells(ESCALATIONS, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("escalations")
    @DisplayName("X-1, X-5: the escalation API shows each party what the escalation pages show")
    void escalations(String route, Actor actor, String answer) throws Exception {
        var read = read(route, actor);
        var body = read.body();
        var entries = read.entries();

        assertThat(read.status()).isEqualTo(answer.equals("list") ? 200 : Integer.parseInt(answer));
        switch (answer) {
            case "200" -> {
                assertThat(entries).as("one access, one entry").hasSize(1);
                assertThat(entries.getFirst().household()).isEqualTo(world().household());
            }
            case "list" -> {
                var households = entries.stream().map(Entry::household).toList();
                assertThat(households).doesNotContainNull().doesNotHaveDuplicates();
                assertThat(households.contains(world().household()))
                        .as("household A logged as shown")
                        .isEqualTo(body.contains("Gezin " + world().familyName()));
                assertThat(body).doesNotContain("Gezin " + world().otherFamilyName());
            }
            default -> {
                assertThat(entries).isEmpty();
                leaksNothing(body);
            }
        }
    }

    static Stream<Arguments> api() {
        return cells(API, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("api")
    @DisplayName("X-1, X-5, C-1: the plan API")
    void api(String route, Actor actor, String answer) throws Exception {
        var read = read(route, actor);
        var body = read.body();
        var entries = read.entries();

        assertThat(read.status()).isEqualTo(Integer.parseInt(answer));
        switch (answer) {
            case "200" -> {
                assertThat(entries).as("one access, one entry").hasSize(1);
                assertThat(entries.getFirst().household()).isEqualTo(world().household());
                assertThat(entries.getFirst().basis()).as("basis").isEqualTo(expectedBasis(actor));
            }
            case "403" -> {
                assertThat(body).contains("urn:eenplan:problem:consent-missing");
                assertThat(entries).isEmpty();
                leaksNothing(body);
            }
            default -> {
                assertThat(entries).isEmpty();
                leaksNothing(body);
            }
        }
    }

    // --- PL-6, C-2, X-5: the safety plan through the API, as its tab. Hanna (PRO) has consent for the plan
    // only, which does not cover the safety plan: 403 consent-missing, as for NOC.
    //                                                                   HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> SAFETY_API = List.of(
            new Row("/api/v1/households/{A}/plan/safety", "              200  200  403  403  404  404  404  404  404"));

    static Stream<Arguments> safetyApi() {
        return cells(SAFETY_API, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("safetyApi")
    @DisplayName("PL-6, C-2, X-5: the safety plan API")
    void safetyApi(String route, Actor actor, String answer) throws Exception {
        api(route, actor, answer);
    }

    // Issue 16: consents, the access log, to-do and "Mijn gezinnen" of the API, as their pages answer.
    static final String HH_A = "/api/v1/households/{A}";
    //                                                      HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> CONSENT_AND_LOG = List.of(
            new Row(HH_A + "/consents", "                   200  404  200  200  404  404  404  404  404"),
            new Row(HH_A + "/consents/required", "          404  404  200  200  404  404  404  404  404"),
            new Row(HH_A + "/consents/{consent}", "         200  404  200  404  404  404  404  404  404"),
            new Row(HH_A + "/consents/overrides", "         404  404  200  200  404  404  404  404  404"),
            new Row(HH_A + "/consents/signals", "           404  404  200  200  404  404  404  404  404"),
            new Row(HH_A + "/access-log", "                 200  404  404  404  404  404  404  404  404"),
            new Row(HH_A + "/personal-data/{sanne}", "      200  404  404  404  404  404  404  404  404"),
            new Row("/api/v1/to-do", "                      200  200  200  200  200  200  200  200  200"),
            new Row("/api/v1/cases?q={familyName}", "       403  403  200  200  200  200  200  200  403"));

    static Stream<Arguments> consentAndLog() {
        return cells(CONSENT_AND_LOG, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("consentAndLog")
    @DisplayName("X-1, X-5, X-6, C-1: consents, the access log and the to-do list through the API")
    void consentAndLog(String route, Actor actor, String answer) throws Exception {
        var read = read(route, actor);
        var body = read.body();
        var entries = read.entries();

        assertThat(read.status()).isEqualTo(Integer.parseInt(answer));
        if (!answer.equals("200")) {
            assertThat(entries).isEmpty();
            leaksNothing(body);
        } else if (route.startsWith(HH_A)) {
            assertThat(entries).as("the read is logged").isNotEmpty();
            assertThat(entries).allSatisfy(e -> assertThat(e.household()).isEqualTo(world().household()));
        }
    }
    // --- Team, coordination and household members API (participation): the rows of the team page,
    // the coordination page and the household page (X-5: the network sees who coordinates and itself;
    // C-1: without consent the team and coordination are read, the members not; parental authority
    // only by who records it). {hanna}, {piet}: their places in the team; {tim}: the minor.
    //                                                                   HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> TEAM_API = List.of(
            new Row("/api/v1/households/{A}/team", "                     200  200  200  200  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/team/history", "             200  200  200  200  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/team/copies", "              200  404  200  403  404  404  404  404  404"),
            new Row("/api/v1/households/{A}/team/{hanna}", "             200  200  200  200  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/team/{piet}", "              200  404  200  200  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/coordination", "             200  200  200  200  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/coordination/history", "     200  200  200  200  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/members", "                  200  404  200  403  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/members/history", "          200  404  200  403  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/members/{sanne}", "          200  404  200  403  200  404  404  404  404"),
            new Row("/api/v1/households/{A}/members/{tim}/authority", "  200  404  200  404  404  404  404  404  404"));

    static Stream<Arguments> teamApi() {
        return cells(TEAM_API, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("teamApi")
    @DisplayName("X-1, X-5, C-1: the team, coordination and household members API")
    void teamApi(String route, Actor actor, String answer) throws Exception {
        var household = world().household();
        var filled = route.replace("{hanna}", participantOf(world().people().get(Actor.PROFESSIONAL)))
                .replace("{piet}", participantOf(world().people().get(Actor.NO_CONSENT)))
                .replace(
                        "{tim}",
                        jdbc.sql("select id from household_member where household_id = ? and given_name = 'Tim'")
                                .param(household)
                                .query(java.util.UUID.class)
                                .single()
                                .toString());
        api(filled, actor, answer);
    }

    private String participantOf(nl.eenplan.identity.AccountPrincipal person) {
        return team.participationOf(world().household(), person.id())
                .orElseThrow()
                .id()
                .toString();
    }
    // --- end of the team, coordination and household members API

    // --- Intensive coordination: as the coordination page shows it, to those who see the whole team.
    //                                                                   HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> INTENSITY_API = List.of(
            new Row("/api/v1/households/{A}/coordination/intensity", "   200  404  200  200  200  404  404  404  404"));

    static Stream<Arguments> intensityApi() {
        return cells(INTENSITY_API, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("intensityApi")
    @DisplayName("R-8, X-1, X-5: intensive coordination through the API")
    void intensityApi(String route, Actor actor, String answer) throws Exception {
        api(route, actor, answer);
    }
    // --- end of intensive coordination
    // --- Tab 3 of the plan (PL-3, PL-10): provisions are plan content (category PLAN), so whoever reads
    // tab 1 reads them and the decision request; network members and copy-only recipients get 404
    // (copy recipients see tab 3 in the versions), professionals without consent 403.
    //                                                                           HH   NET  PRO  NOC  COPY COL  MGR  CP
    // ADM
    static final List<Row> PROVISIONS = List.of(
            new Row(
                    "/api/v1/households/{A}/plan/provisions",
                    "                  200  404  200  403  404  404  404  404  404"),
            new Row(
                    "/api/v1/households/{A}/plan/provisions/laws",
                    "             200  404  200  403  404  404  404  404  404"),
            new Row(
                    "/api/v1/households/{A}/plan/provisions/decision-request",
                    " 200  404  200  403  404  404  404  404  404"),
            new Row(
                    "/api/v1/households/{A}/plan/provisions/decision-request.pdf",
                    "200  404  200  403  404  404  404  404  404"));

    static Stream<Arguments> provisions() {
        return cells(PROVISIONS, "401");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("provisions")
    @DisplayName("PL-3, X-1, X-5, C-1: tab 3 and the decision request through the API")
    void provisions(String route, Actor actor, String answer) throws Exception {
        api(route, actor, answer);
    }
    // --- end of tab 3

    /** What a GET of the route answers this actor with his own token, and the entries it wrote. */
    private Answer read(String route, Actor actor) throws Exception {
        var person = actor == Actor.ANONYMOUS ? null : person(actor);
        var request = get(path(route));
        if (person != null) {
            request.header("Authorization", "Bearer " + token(person));
        }
        var before = lastEntryId();
        var response = mvc.perform(request).andReturn().getResponse();
        return new Answer(
                response.getStatus(),
                response.getContentAsString(StandardCharsets.UTF_8),
                entriesSince(before, person));
    }

    private record Answer(int status, String body, List<Entry> entries) {}
}
