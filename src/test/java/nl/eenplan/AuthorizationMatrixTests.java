package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * C-1: the authorization matrix of the plan's pages and the access log's pages. Every page
 * that shows personal data, asked for by every actor; see {@link PageMatrixTest} for what each answer
 * means and what it leaves in the access log.
 */
@DisplayName("X-1, X-5, C-1: who sees which page of the plan and of the access log")
class AuthorizationMatrixTests extends PageMatrixTest {

    // HH household member, NET network, PRO professional with consent, NOC professional without
    // consent, COPY copy-only professional, COL colleague not in the team, MGR manager, CP municipal
    // contact point, ADM administrator. Not logged in: the login page.
    //                                                               HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> PLAN = List.of(
            // the household whole, the network its part, copy-only the versions; C-1: no consent, no plan.
            new Row("/households/{A}/plan", "                        200  200  200  403c 200  404  404  404  404"),
            // PL-2, PL-5, C-4: the other tabs and the reading view under the same rules as tab 1.
            new Row("/households/{A}/plan/approach", "               200  200  200  403c 200  404  404  404  404"),
            new Row("/households/{A}/plan/consent", "                200  200  200  403c 200  404  404  404  404"),
            new Row("/households/{A}/plan/read", "                   200  200  200  403c 200  404  404  404  404"),
            new Row("/households/{A}/plan/versions", "               200  200  200  403c 200  404  404  404  404"),
            new Row("/households/{A}/plan/versions/1", "             200  200  200  403c 200  404  404  404  404"),
            new Row("/households/{A}/plan/versions/2.pdf", "         200  200  200  403c 200  404  404  404  404"),
            new Row("/households/{A}/plan/compare?left=1&right=2", " 200  200  200  403c 200  404  404  404  404"),
            // H-4: the earlier plans under the same rules as the current one.
            new Row("/households/{A}/plan/earlier", "                200  200  200  403c 200  404  404  404  404"),
            // G-3: only those who may change the plan evaluate a goal.
            new Row("/households/{A}/plan/goals/{goal}/evaluation", "200  404  200  403c 404  404  404  404  404"),
            // PL-4, C-2: tab 4 for those who make the plan (without consent for assessments: without them);
            // nothing of it for the network, copy-only recipients read it in the versions.
            new Row("/households/{A}/plan/life-areas", "             200  404  200  403c 404  404  404  404  404"),
            new Row("/households/{A}/plan/no-consent", "             302  302  302  403c 302  404  404  404  404"),
            // closing is its own page, for those who may change the plan.
            new Row("/households/{A}/plan/close", "                  200  404  200  403c 404  404  404  404  404"),
            // PL-7, X-5: treatment plans only to who sees the whole plan; never the network, copy-only not live.
            new Row("/households/{A}/plan/treatment-plans", "        200  404  200  403c 404  404  404  404  404"),
            // R-1, H-2: everyone in the team sees who is in it and who coordinates, even without consent.
            new Row("/households/{A}/team", "                        200  200  200  200  200  404  404  404  404"),
            new Row("/households/{A}/team/new", "                    form 404  form 403c 404  404  404  404  404"),
            new Row("/households/{A}/coordination", "                200  200  200  200  200  404  404  404  404"));

    //                                                               HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> ACCESS_LOG = List.of(
            // the household sees who looked and downloads its own data; the rest is not told it exists.
            new Row("/households/{A}/access-log", "                  200  404  404  404  404  404  404  404  404"),
            new Row("/households/{A}/personal-data/{sanne}.json", "  200  404  404  404  404  404  404  404  404"),
            new Row("/households/{A}/personal-data/{sanne}.pdf", "   200  404  404  404  404  404  404  404  404"),
            // Administrators find a household and export its log for the privacy officer.
            new Row("/admin/access-log?q={familyName}", "            403  403  403  403  403  403  403  403  list"),
            new Row("/admin/access-log/{A}.csv", "                   403  403  403  403  403  403  403  403  200"),
            new Row("/admin/access-log/{A}.json", "                  403  403  403  403  403  403  403  403  200"));

    //                                                               HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> CASELOAD = List.of(
            // Issue 18, X-1: "Mijn gezinnen" is for staff; each finds only what he may, the search logged too.
            new Row(
                    "/cases?q={familyName}",
                    "                       403  403  search search search search search search 403"),
            new Row("/cases/{A}/assignment", "                       404  404  404  404  404  404  404  404  404"));

    // --- PL-6, C-2, C-5, X-5: the safety plan tab. Stricter than the plan: Hanna (PRO) has consent for the
    // plan only, so she is shown why not and the way to a decision to share without consent ("403s": 403,
    // nothing logged, no safety content); without consent for the plan (NOC) back to the plan's page;
    // the network member sees what names him; copy-only recipients read it in versions only.
    //                                                               HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> SAFETY = List.of(
            new Row("/households/{A}/plan/safety", "                 200  200  403s 302  404  404  404  404  404"));

    static Stream<Arguments> safetyPages() {
        return cells(SAFETY, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("safetyPages")
    @DisplayName("PL-6, C-2, C-5, X-5: the safety plan tab")
    void safetyPage(String route, Actor actor, String answer) throws Exception {
        if (!answer.equals("403s")) {
            check(route, actor, answer);
            return;
        }
        var person = person(actor);
        var before = lastEntryId();
        var response =
                mvc.perform(get(path(route)).with(as(person))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("/consents/overrides/new")
                .doesNotContain("Tim haalt zijn diploma");
        assertThat(entriesSince(before, person)).isEmpty();
    }

    static Stream<Arguments> caseloadPages() {
        return cells(CASELOAD, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("caseloadPages")
    @DisplayName("X-1: Mijn gezinnen finds only what one may see, and logs the search")
    void caseloadPage(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }

    static Stream<Arguments> planPages() {
        return cells(PLAN, "login");
    }

    static Stream<Arguments> accessLogPages() {
        return cells(ACCESS_LOG, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("planPages")
    @DisplayName("X-1, X-5, C-1: the plan's pages")
    void planPage(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("accessLogPages")
    @DisplayName("X-1, X-6: the access log and the copy of personal data")
    void accessLogPage(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }

    @Test
    @DisplayName("X-5, C-1: of the plan page each one sees his part, in the page and in the API")
    void eachSeesHisPart() throws Exception {
        var plan = path("/households/{A}/plan/approach");
        var api = path("/api/v1/households/{A}/plan");
        var grandma = person(Actor.NETWORK);
        for (var page : List.of(
                body(get(plan).with(as(grandma))),
                body(get(api).header("Authorization", "Bearer " + token(grandma))))) {
            assertThat(page)
                    .contains("Tim haalt zijn diploma", "Oma brengt Tim naar school")
                    .doesNotContain("Hanna belt de mentor van Tim", "Schulden op orde", "Budgetcursus volgen");
        }
        assertThat(body(get(plan).with(as(person(Actor.COPY_ONLY)))))
                .doesNotContain("Tim haalt zijn diploma", "Schulden op orde");
        assertThat(body(get(plan).with(as(person(Actor.NO_CONSENT)))))
                .doesNotContain("Tim haalt zijn diploma", "Schulden op orde");
        assertThat(body(get(plan).with(as(person(Actor.HOUSEHOLD)))))
                .contains("Tim haalt zijn diploma", "Hanna belt de mentor van Tim", "Schulden op orde");
    }

    // --- Tab 3 of the plan (PL-3, PL-10): whoever sees tab 1 sees tab 3 and downloads the decision request;
    // network members and copy-only recipients are told in a line that it is not for them (nothing of tab 3,
    // nothing logged), the decision request is not there for them.
    //                                                                                  HH   NET  PRO  NOC  COPY COL
    // MGR  CP   ADM
    static final List<Row> PROVISIONS = List.of(
            new Row(
                    "/households/{A}/plan/provisions",
                    "                                 200  form 200  403c form 404  404  404  404"),
            new Row(
                    "/households/{A}/plan/provisions/decision-request.pdf",
                    "            200  404  200  403c 404  404  404  404  404"),
            new Row(
                    "/households/{A}/plan/provisions/decision-request.json",
                    "           200  404  200  403c 404  404  404  404  404"));

    static Stream<Arguments> provisionPages() {
        return cells(PROVISIONS, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("provisionPages")
    @DisplayName("PL-3, X-1, X-5, C-1: tab 3 and the decision request")
    void provisionPage(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }
    // --- end of tab 3

    // --- Outside-in (bench/outside/access.py): monitoring and implementation are for staff. A citizen (HH,
    // NET) is not told they exist (MON-1, IMP-1, IMP-4, X-1); before, /implementation and its requirements
    // page opened for a citizen, empty. They show no household, so nothing is logged ("form").
    //                                                               HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> STAFF_ONLY = List.of(
            new Row("/implementation", "                             404  404  form form form form form form form"),
            new Row("/implementation/requirements", "                404  404  form form form form form form form"),
            new Row("/monitoring", "                                 404  404  404  404  404  404  form form 404"));

    static Stream<Arguments> staffOnlyPages() {
        return cells(STAFF_ONLY, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("staffOnlyPages")
    @DisplayName("MON-1, IMP-1, IMP-4, X-1: a citizen does not reach monitoring nor implementation")
    void staffOnlyPage(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }
    // --- end of outside-in

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
