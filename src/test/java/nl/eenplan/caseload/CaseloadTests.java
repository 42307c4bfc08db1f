package nl.eenplan.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 18, X-1: who finds which household under "Mijn gezinnen", and what the access log keeps of it. */
class CaseloadTests extends CaseloadTest {

    @Autowired
    nl.eenplan.plan.PlanAccess planAccess;

    @Autowired
    nl.eenplan.plan.PlanEditing planEditing;

    @Autowired
    nl.eenplan.consent.ConsentRegistry consents;

    @Autowired
    java.time.Clock clock;

    int planVersion() {
        return jdbc.sql("select version from plan where household_id = ? and status <> 'CLOSED'")
                .param(jansen)
                .query(Integer.class)
                .single();
    }

    @Test
    @DisplayName("H-2, X-1: a professional finds the households whose team he takes part in, by name, postcode or a"
            + " member's date of birth")
    void aProfessionalFindsHisOwnHouseholds() {
        assertThat(found(hanna, CaseQuery.everything())).containsExactly("Gezin Jansen " + suffix);
        assertThat(found(hanna, text("jansen " + suffix.substring(0, 4)))).containsExactly("Gezin Jansen " + suffix);
        assertThat(found(hanna, text("Tim"))).containsExactly("Gezin Jansen " + suffix);
        assertThat(found(hanna, text("2801 ab"))).containsExactly("Gezin Jansen " + suffix);
        assertThat(found(hanna, new CaseQuery("", LocalDate.of(2015, 3, 9), Set.of(), null, 1)))
                .containsExactly("Gezin Jansen " + suffix);
        assertThat(found(hanna, new CaseQuery("", LocalDate.of(2015, 3, 10), Set.of(), null, 1)))
                .isEmpty();
        var row = caseload.find(hanna, CaseQuery.everything()).rows().getFirst();
        assertThat(row.view()).isEqualTo(CaseView.TEAM);
        assertThat(row.planState()).isEqualTo(PlanState.DRAFT);
        assertThat(row.link()).isEqualTo("/households/" + jansen + "/plan");
    }

    @Test
    @DisplayName("X-1: searching never shows a household of another professional, another municipality, or one"
            + " without the person in its team, even when the search names it exactly")
    void searchingNeverShowsAHouseholdThePersonMayNotSee() {
        // Iris Visser in Delft was born on the same day as Tim Jansen in Gouda.
        var bornSameDay = new CaseQuery("", LocalDate.of(2015, 3, 9), Set.of(), null, 1);
        assertThat(found(piet, text("Jansen " + suffix))).isEmpty();
        assertThat(found(piet, text("2801AB"))).isEmpty();
        assertThat(found(piet, bornSameDay)).isEmpty();
        assertThat(found(hanna, text("Visser " + suffix))).isEmpty();
        assertThat(found(hanna, text("De Boer " + suffix))).isEmpty();
        assertThat(found(hanna, bornSameDay)).containsExactly("Gezin Jansen " + suffix);
        // C-1: Bert has no consent in Visser's team: he finds it by its name, never by a date of birth.
        assertThat(found(bert, bornSameDay)).isEmpty();
        assertThat(found(bert, text("Visser " + suffix))).containsExactly("Gezin Visser " + suffix);
        assertThat(found(dirk, text(suffix))).containsExactly("Gezin Visser " + suffix);
        assertThat(found(anna, text("Visser " + suffix))).isEmpty();
    }

    @Test
    @DisplayName("Issue 18: the access team finds every household of its municipality, also those without a team yet,"
            + " and none of another municipality")
    void theAccessTeamFindsTheHouseholdsOfItsMunicipality() {
        var page = caseload.find(anna, text(suffix));
        assertThat(page.rows())
                .extracting(CaseRow::name)
                .containsExactly("Gezin De Boer " + suffix, "Gezin Jansen " + suffix);
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.view()).isEqualTo(CaseView.ACCESS_TEAM));
        assertThat(page.rows().getFirst().planState()).isEqualTo(PlanState.NONE);
        assertThat(page.rows().getFirst().link()).isEqualTo("/cases/" + deBoer + "/assignment");
        assertThat(found(anna, new CaseQuery(suffix, null, Set.of(), PlanState.NONE, 1)))
                .containsExactly("Gezin De Boer " + suffix);
        assertThat(found(anna, new CaseQuery(suffix, null, Set.of(), PlanState.DRAFT, 1)))
                .containsExactly("Gezin Jansen " + suffix);
    }

    @Test
    @DisplayName("X-1: a search is logged with what was searched on but not the words or date typed, and each"
            + " household shown with the basis of the person's view")
    void searchingIsLoggedWithoutTheTermsTyped() {
        caseload.find(hanna, new CaseQuery("Tim", LocalDate.of(2015, 3, 9), Set.of(CaseFilter.OVERDUE), null, 1));
        caseload.find(anna, text(suffix));

        var hannas =
                logOf(hanna).stream().filter(e -> e.event().startsWith("CASE")).toList();
        assertThat(hannas).extracting(Entry::event).containsExactly("CASES_SEARCHED");
        assertThat(hannas.getFirst().detail())
                .isEqualTo("text date-of-birth filters=OVERDUE page=1 found=0 shown=0")
                .doesNotContain("Tim", "2015");
        var annas = logOf(anna);
        assertThat(annas).extracting(Entry::event).containsExactly("CASES_SEARCHED", "CASE_LISTED", "CASE_LISTED");
        assertThat(annas.getFirst().detail()).doesNotContain(suffix);
        assertThat(annas.subList(1, 3)).extracting(Entry::householdId).containsExactly(deBoer, jansen);
        assertThat(annas.subList(1, 3))
                .allSatisfy(e -> assertThat(e.basis()).isEqualTo("access_team:" + goudaAccessTeam.id()));
        caseload.find(hanna, CaseQuery.everything());
        var listed = logOf(hanna).getLast();
        assertThat(listed.event()).isEqualTo("CASE_LISTED");
        assertThat(listed.householdId()).isEqualTo(jansen);
        assertThat(listed.basis())
                .isEqualTo("participation:"
                        + team.participationOf(jansen, hanna.id()).orElseThrow().id());
    }

    @Test
    @DisplayName("X-5, X-1: household members and network members have no \"Mijn gezinnen\": 403, and nothing listed")
    void householdAndNetworkMembersAreRefused() throws Exception {
        mvc.perform(get("/cases").with(as(sanne))).andExpect(status().isForbidden());
        mvc.perform(get("/cases").param("q", "Jansen").with(as(riet))).andExpect(status().isForbidden());
        assertThat(logOf(sanne)).extracting(Entry::event).doesNotContain("CASES_SEARCHED", "CASE_LISTED");
        assertThat(logOf(riet)).extracting(Entry::event).doesNotContain("CASES_SEARCHED", "CASE_LISTED");
        mvc.perform(get("/cases/" + jansen + "/assignment").with(as(sanne))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Issue 18: the page shows the rows, with the plan's status and a link to the plan")
    void thePageShowsTheRows() throws Exception {
        mvc.perform(get("/cases").param("q", "jansen").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Gezin Jansen " + suffix)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/households/" + jansen + "/plan")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Concept")));
    }

    @Test
    @DisplayName("PL-2, C-3: the filters find a household with an overdue action and one whose oral consent still"
            + " needs its written form; the row tells how many are late and when consent is due")
    void theFiltersFindWhatNeedsAttention() {
        var members = households.members(jansen);
        households.grantParentalAuthority(members.get(1).id(), members.get(0).id());
        shareWholePlanWith(jansen, hanna.id());
        var overdue = Set.of(CaseFilter.OVERDUE);
        var consentDue = Set.of(CaseFilter.CONSENT);
        assertThat(found(hanna, new CaseQuery("", null, overdue, null, 1))).isEmpty();
        assertThat(found(hanna, new CaseQuery("", null, consentDue, null, 1))).isEmpty();

        var today = nl.eenplan.calendar.DutchTime.today(clock);
        var viewer = planAccess.viewer(jansen, hanna);
        var goal = planEditing.addGoal(jansen, viewer, planVersion(), "Tim gaat naar school");
        var me = team.participationOf(jansen, hanna.id()).orElseThrow().id();
        planEditing.addAction(
                jansen,
                planAccess.viewer(jansen, hanna),
                planVersion(),
                goal,
                new nl.eenplan.plan.NewAction(
                        "Hanna belt de school",
                        Set.of(me),
                        today.minusDays(20),
                        today.minusDays(2),
                        today.plusDays(20)));
        consents.give(
                jansen,
                hanna.id(),
                new nl.eenplan.consent.NewConsent(
                        members.getFirst().id(),
                        "Samen werken aan het plan",
                        Set.of(nl.eenplan.consent.InformationCategory.PLAN),
                        Set.of(nl.eenplan.consent.Recipient.participant(me)),
                        Set.of(members.getFirst().id()),
                        nl.eenplan.consent.ConsentManner.ORAL,
                        today,
                        today.plusYears(1)));

        assertThat(found(hanna, new CaseQuery("", null, overdue, null, 1))).containsExactly("Gezin Jansen " + suffix);
        assertThat(found(piet, new CaseQuery("", null, overdue, null, 1))).isEmpty();
        var row = caseload.find(hanna, new CaseQuery("", null, consentDue, null, 1))
                .rows();
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.overdue()).isEqualTo(1);
            assertThat(r.consentDue()).isNotNull();
        });
        assertThat(found(anna, new CaseQuery(suffix, null, overdue, null, 1)))
                .containsExactly("Gezin Jansen " + suffix);
    }

    @Test
    @DisplayName("Bad input: an impossible date of birth or an unknown filter is answered 422 with a message, and"
            + " nothing is searched")
    void badInputIsExplained() throws Exception {
        mvc.perform(get("/cases").param("born", "31-02-2015").with(as(hanna)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vul een geboortedatum in")));
        mvc.perform(get("/cases")
                        .param("filter", "EVERYTHING")
                        .param("page", "x")
                        .with(as(hanna)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kies alleen uit de vakjes")));
        assertThat(logOf(hanna)).extracting(Entry::event).doesNotContain("CASES_SEARCHED");
    }
}
