package nl.eenplan;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * H-1, X-1, X-5, C-1: the pages of a household that the plan's matrix leaves out, tried as a stranger
 * tries them from outside (bench/outside/access_routes.py): the household and its members, their
 * corrections, the team's edit and leave pages and the destruction page. See {@link PageMatrixTest} for
 * what each answer means and what it leaves in the access log.
 */
@DisplayName("H-1, X-1, X-5, C-1: who sees the household's own pages")
class HouseholdPagesMatrixTests extends PageMatrixTest {

    // HH household member, NET network, PRO professional with consent, NOC professional without
    // consent, COPY copy-only professional, COL colleague not in the team, MGR manager, CP municipal
    // contact point, ADM administrator. Not logged in: the login page. A professional in the team without
    // consent is told no (403, nothing shown); everyone outside the team is not told it exists (404).
    // The birth page is only for an expected child (Sanne is born: 404 to all). Asking for destruction
    // shows the requests made, so it is logged; it is not there for a professional without consent.
    static final String HH = "/households/{A}";
    //                                                             HH   NET  PRO  NOC  COPY COL  MGR  CP   ADM
    static final List<Row> HOUSEHOLD = List.of(
            new Row(HH + "/household", "                          200  404  200  403  200  404  404  404  404"),
            new Row(HH + "/household/members/new", "              form 404  form 403  404  404  404  404  404"),
            new Row(HH + "/household/members/{sanne}/birth", "    404  404  404  403  404  404  404  404  404"),
            new Row(HH + "/household/members/{sanne}/rectification", "200  404  200  403  404  404  404  404  404"),
            new Row(HH + "/team/{hanna}/edit", "                  200  404  200  403  404  404  404  404  404"),
            new Row(HH + "/team/{hanna}/leave", "                 200  404  200  403  404  404  404  404  404"),
            new Row(HH + "/destruction", "                        200  404  200  404  404  404  404  404  404"));

    static Stream<Arguments> householdPages() {
        return cells(HOUSEHOLD, "login");
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("householdPages")
    @DisplayName("H-1, X-1, X-5, C-1: the household's own pages")
    void householdPage(String route, Actor actor, String answer) throws Exception {
        var hanna = teamPlace(Actor.PROFESSIONAL);
        check(route.replace("{hanna}", hanna), actor, answer);
    }

    private String teamPlace(Actor actor) {
        return team.participationOf(world().household(), person(actor).id())
                .orElseThrow()
                .id()
                .toString();
    }
}
