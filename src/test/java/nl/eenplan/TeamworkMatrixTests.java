package nl.eenplan;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C-1: the authorization matrix of round tables, consent, escalations and the lists of one's
 * work; see {@link PageMatrixTest} for what each answer means and what it leaves in the access log.
 */
@DisplayName("X-1, X-5, C-1: who sees round tables, consents, escalations and work lists")
class TeamworkMatrixTests extends PageMatrixTest {

    // HH household member, NET network, PRO professional with consent, NOC professional without
    // consent, COPY copy-only professional, COL colleague not in the team, MGR manager, CP municipal
    // contact point, ADM administrator. Not logged in: the login page.
    //                                                             HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> TEAMWORK = List.of(
            // M-1..M-4, X-5: those who see the plan; an invited network member sees the meeting, not the minutes.
            new Row("/households/{A}/round-tables", "              200  200  200  404  404  404  404  404  404"),
            new Row("/households/{A}/round-tables/{rt}", "         200  200  200  404  404  404  404  404  404"),
            new Row("/households/{A}/round-tables/{rt}/planning", "404  404  200  404  404  404  404  404  404"),
            new Row("/households/{A}/round-tables/{rt}/agenda", "  404  404  200  404  404  404  404  404  404"),
            new Row("/households/{A}/round-tables/{rt}/minutes", " 404  404  200  404  404  404  404  404  404"),
            // C-1..C-6: active professionals record consent, also before they have it; the household reads its own.
            new Row("/households/{A}/consents", "                  302  404  200  200  404  404  404  404  404"),
            new Row("/households/{A}/consents/overview", "         200  404  200  200  404  404  404  404  404"),
            new Row("/households/{A}/consents/new", "              404  404  200  200  404  404  404  404  404"),
            new Row("/households/{A}/consents/overrides/new", "    404  404  200  200  404  404  404  404  404"),
            new Row("/households/{A}/consents/signals/new", "      404  404  200  200  404  404  404  404  404"),
            // E-1..E-5: those who see the plan, and the manager and contact point the escalation involves.
            new Row("/households/{A}/escalations", "               200  404  200  404  404  404  200  200  404"),
            new Row("/households/{A}/escalations/{escalation}", "  200  404  200  404  404  404  200  200  404"));

    //                                                             HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> LISTS = List.of(
            new Row("/my-work", "                                  list list list list list list list list list"),
            new Row("/to-do", "                                    list list list list list list list list list"),
            new Row("/escalations", "                              404  404  list 404  404  404  list list 404"));

    static Stream<Arguments> teamworkPages() {
        return cells(TEAMWORK, "login");
    }

    static Stream<Arguments> lists() {
        return cells(LISTS, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("teamworkPages")
    @DisplayName("X-1, X-5, C-1: round tables, consents and escalations of a household")
    void teamworkPage(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("lists")
    @DisplayName("X-1: lists over households log each household they show once")
    void list(String route, Actor actor, String answer) throws Exception {
        check(route, actor, answer);
    }
}
