package nl.eenplan.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.eenplan.organisation.StaffRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FeedApiTests extends FeedTest {

    @Autowired
    FeedErasure erasure;

    @Test
    @DisplayName("X-1: the access team follows its municipality's households as CloudEvents with ids only, no names")
    void theAccessTeamFollowsItsMunicipalityWithIdsOnly() throws Exception {
        var place = place();
        var professional = staff("Petra de Vries", place.provider(), StaffRole.PROFESSIONAL);
        var accessTeam = staff("Ahmed Toegang", place.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        var household = registerFamily(professional, place, true);
        var goal = addGoal(professional, household, 0);

        var page = feed(accessTeam, "");

        assertThat(typesOf(page, household))
                .containsSubsequence("nl.eenplan.plan.started", "nl.eenplan.consent.recorded", "nl.eenplan.goal.added");
        var added = "$.events[?(@.type == 'nl.eenplan.goal.added')]";
        assertThat(JsonPath.<List<String>>read(page, added + ".specversion")).containsExactly("1.0");
        assertThat(JsonPath.<List<String>>read(page, added + ".subject")).containsExactly("goal/" + goal);
        assertThat(JsonPath.<List<String>>read(page, added + ".source"))
                .containsExactly("/api/v1/households/" + household);
        assertThat(JsonPath.<List<String>>read(page, added + ".data.municipalityId"))
                .containsExactly(place.municipality().toString());
        assertThat(JsonPath.<List<String>>read(page, added + ".data.planId")).hasSize(1);
        assertThat(JsonPath.<List<String>>read(page, added + ".time").getFirst())
                .matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        // Privacy first: nothing of the household but its id; the details are read through the API.
        assertThat(page).doesNotContain("Jansen", "Sanne", "Michael", "Gouda", "Dorpsstraat", "1234", "school");
        assertThat(page).doesNotContain(professional.accountId().toString());
    }

    @Test
    @DisplayName("reading on from next, page by page, gives every event once, in order, and then nothing new")
    void readingOnFromNextGivesEveryEventOnceInOrder() throws Exception {
        var place = place();
        var professional = staff("Petra de Vries", place.provider(), StaffRole.PROFESSIONAL);
        var accessTeam = staff("Ahmed Toegang", place.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        registerFamily(professional, place, true);
        var second = registerFamily(professional, place, true);
        addGoal(professional, second, 0);
        addGoal(professional, second, 1);

        var all = everyEventId(accessTeam, 100);
        assertThat(all).hasSizeGreaterThan(6).doesNotHaveDuplicates();
        assertThat(everyEventId(accessTeam, 1)).isEqualTo(all);
        assertThat(everyEventId(accessTeam, 4)).isEqualTo(all);

        var whole = feed(accessTeam, "?limit=100");
        List<String> sequences = JsonPath.read(whole, "$.events[*].sequence");
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        String next = JsonPath.read(whole, "$.next");
        assertThat(next).isEqualTo(sequences.getLast());
        var nothingNew = feed(accessTeam, "?after=" + next);
        assertThat(JsonPath.<List<Object>>read(nothingNew, "$.events")).isEmpty();
        assertThat(JsonPath.<String>read(nothingNew, "$.next")).isEqualTo(next);

        addGoal(professional, second, 2);
        var later = feed(accessTeam, "?after=" + next);
        assertThat(JsonPath.<List<String>>read(later, "$.events[*].type")).containsExactly("nl.eenplan.goal.added");
    }

    @Test
    @DisplayName("X-1: every read is logged once, and each household that appeared with the basis of the view")
    void everyReadIsLoggedWithTheHouseholdsThatAppeared() throws Exception {
        var place = place();
        var professional = staff("Petra de Vries", place.provider(), StaffRole.PROFESSIONAL);
        var accessTeam = staff("Ahmed Toegang", place.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        var first = registerFamily(professional, place, true);
        var second = registerFamily(professional, place, true);

        var firstRead = feed(accessTeam, "?limit=100");
        feed(accessTeam, "?after=" + JsonPath.read(firstRead, "$.next"));
        feed(professional, "");

        var entries = jdbc.sql("select event, household_id, basis, detail from audit_entry where account_id = ?"
                        + " and event like 'FEED%' order by id")
                .param(accessTeam.accountId())
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        String.valueOf(rs.getObject(2)),
                        String.valueOf(rs.getString(3)),
                        String.valueOf(rs.getString(4))))
                .list();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(3).getFirst()).isEqualTo("FEED_READ");
        assertThat(entries.get(3).get(3)).contains("shown=0", "households=0");
        assertThat(entries.getFirst().get(3)).contains("after=0000000000000000000.0000000000000000000", "households=2");
        assertThat(entries.subList(1, 3))
                .extracting(e -> e.get(1))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(entries.subList(1, 3))
                .allSatisfy(e -> assertThat(e.get(0)).isEqualTo("FEED_LISTED"))
                .allSatisfy(e -> assertThat(e.get(2)).isEqualTo("access_team:" + place.accessTeam()));
        var professionalsView = jdbc.sql("select basis from audit_entry where account_id = ? and event = 'FEED_LISTED'")
                .param(professional.accountId())
                .query(String.class)
                .list();
        assertThat(professionalsView)
                .hasSize(2)
                .allSatisfy(basis -> assertThat(basis).startsWith("consent:"));
    }

    @Test
    @DisplayName("a cursor or limit the feed did not give is refused with a translated 400 problem, nothing read")
    void aBadCursorOrLimitIsABadRequestProblem() throws Exception {
        var place = place();
        var accessTeam = staff("Ahmed Toegang", place.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        for (var query : List.of(
                "?after=abc",
                "?after=1.2.3",
                "?after=-1.5",
                "?after=99999999999999999999.1",
                "?after=",
                "?limit=0",
                "?limit=101",
                "?limit=-3",
                "?limit=tien",
                "?limit=99999999999")) {
            mvc.perform(as(accessTeam, get("/api/v1/events" + query)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.title").value("Ongeldig verzoek"));
        }
        mvc.perform(as(accessTeam, get("/api/v1/events?limit=0")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("from 1 up to")));
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and event like 'FEED%'")
                        .param(accessTeam.accountId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("X-6: when a household is destroyed, its events leave the feed")
    void aDestroyedHouseholdsEventsLeaveTheFeed() throws Exception {
        var place = place();
        var professional = staff("Petra de Vries", place.provider(), StaffRole.PROFESSIONAL);
        var accessTeam = staff("Ahmed Toegang", place.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        var destroyed = registerFamily(professional, place, true);
        var kept = registerFamily(professional, place, true);

        var counts = erasure.erase(destroyed);

        assertThat(counts.get("feed_event")).isPositive();
        assertThat(jdbc.sql("select count(*) from feed_event where household_id = ?")
                        .param(destroyed)
                        .query(Integer.class)
                        .single())
                .isZero();
        var page = feed(accessTeam, "");
        assertThat(typesOf(page, destroyed)).isEmpty();
        assertThat(typesOf(page, kept)).isNotEmpty();
    }
}
