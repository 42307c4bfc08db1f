package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.home.DateWarning;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.plan.PlanAccess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** a date planned on a day that is no working day is kept, with a visible, translated warning. */
class WorkingDayWarningTests extends MatrixTest {

    @Autowired
    RoundTables roundTables;

    @Autowired
    PlanAccess access;

    private static LocalDate christmas() {
        var today = LocalDate.now(DutchTime.ZONE);
        var christmas = LocalDate.of(today.getYear(), 12, 25);
        return christmas.isAfter(today) ? christmas : christmas.plusYears(1);
    }

    @Test
    @DisplayName("X-4: an action whose target date is Christmas Day is added, with a warning on the plan")
    void anActionOnChristmasDayIsWarnedAbout() throws Exception {
        var world = fixture.fresh();
        var hanna = world.people().get(Actor.PROFESSIONAL);
        var christmas = christmas();
        var result = addActionOn(christmas, world, hanna, "Kerstpakket ophalen");
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        var warning = (DateWarning) result.getFlashMap().get(DateWarning.ATTRIBUTE);
        assertThat(warning).isNotNull();
        assertThat(warning.day()).isEqualTo("25 december " + christmas.getYear());
        // The warning travels to tab 2, where the action was added, in the session, as a flash attribute, once.
        var page = mvc.perform(get("/households/" + world.household() + "/plan/approach")
                        .with(as(hanna))
                        .cookie(result.getResponse().getCookie("JSESSIONID")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("25 december " + christmas.getYear() + " is geen werkdag");
        var again = addActionOn(christmas, world, hanna, "Kerstboom halen");
        var english = mvc.perform(get("/households/" + world.household() + "/plan/approach")
                        .param("lang", "en")
                        .with(as(hanna))
                        .cookie(again.getResponse().getCookie("JSESSIONID")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("is not a working day");
    }

    @Test
    @DisplayName("X-4: a round table planned on Christmas Day is planned, with a warning")
    void aRoundTableOnChristmasDayIsWarnedAbout() throws Exception {
        var world = fixture.fresh();
        var hanna = world.people().get(Actor.PROFESSIONAL);
        var viewer = access.viewer(world.household(), hanna);
        var id = roundTables.takeInitiative(world.household(), viewer, null);
        var found = roundTables.detail(world.household(), id, viewer).roundTable();
        var chair = team.participationOf(world.household(), hanna.id()).orElseThrow();
        var result = mvc.perform(post("/households/" + world.household() + "/round-tables/" + id + "/planning")
                        .with(csrf())
                        .with(as(hanna))
                        .param("version", String.valueOf(found.version()))
                        .param("date", christmas().toString())
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .param("place", "Wijkcentrum")
                        .param("chairId", chair.id().toString())
                        .param("minuteTakerId", chair.id().toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get(DateWarning.ATTRIBUTE)).isNotNull();
        var planned = roundTables.detail(world.household(), id, viewer).roundTable();
        assertThat(planned.schedule().date()).isEqualTo(christmas());
    }

    private MvcResult addActionOn(LocalDate day, MatrixFixture.World world, AccountPrincipal hanna, String what)
            throws Exception {
        var participant = team.participationOf(world.household(), hanna.id()).orElseThrow();
        return mvc.perform(post("/households/" + world.household() + "/plan/goals/" + world.goal() + "/actions")
                        .with(csrf())
                        .with(as(hanna))
                        .param("version", String.valueOf(version(world)))
                        .param("what", what)
                        .param("participantIds", participant.id().toString())
                        .param("startDate", day.minusDays(10).toString())
                        .param("targetDate", day.toString())
                        .param("evaluationDate", day.plusDays(5).toString()))
                .andReturn();
    }

    private int version(MatrixFixture.World world) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(world.household())
                .query(Integer.class)
                .single();
    }
}
