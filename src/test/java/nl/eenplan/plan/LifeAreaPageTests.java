package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.testing.ConsentFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** PL-4, C-2: tab 4 of the plan as a page: life areas, assessments with their chart, goals' life areas. */
class LifeAreaPageTests extends PlanPageTest {

    @Autowired
    ConsentFixtures consents;

    String tab4;

    @BeforeEach
    void assessmentsShared() {
        consents.share(household, Set.of(InformationCategory.PLAN, InformationCategory.ASSESSMENTS), hanna.id());
        tab4 = plan() + "/life-areas";
    }

    @Test
    @DisplayName("PL-4: concerns about a life area are recorded; tab 2 warns until a goal addresses them")
    void concernsWithoutGoal() throws Exception {
        var goal = goal("Schulden op een rij");
        var saved = send(post(tab4 + "/INCOME")
                .param("version", String.valueOf(version()))
                .param("strengths", "Sanne houdt een kasboek bij")
                .param("concerns", "Achterstand bij de energie")
                .param("discussed", "true")
                .param("householdView", "Het valt wel mee")
                .param("professionalView", "Zorgelijk"));
        assertThat(saved).isEqualTo(302);

        assertThat(page(tab4)).contains("Sanne houdt een kasboek bij", "Zorgen zonder doel");
        assertThat(page(approach()))
                .as("the box belongs with the goals, on tab 2")
                .contains("Zorgen zonder doel", "Inkomen en geldzaken");
        assertThat(page(plan())).as("not on tab 1").doesNotContain("Zorgen zonder doel");

        assertThat(send(post(tab4 + "/goals/" + goal)
                        .param("version", String.valueOf(version()))
                        .param("areas", "INCOME")))
                .isEqualTo(302);
        assertThat(page(approach())).contains("Schulden op een rij").doesNotContain("Zorgen zonder doel");
        assertThat(auditEvents(hanna)).contains("LIFE_AREA_UPDATED", "GOAL_LIFE_AREAS_LINKED", "LIFE_AREAS_READ");
    }

    @Test
    @DisplayName("PL-4: assessments repeat over time and are drawn as a radar chart with the same figures in a table")
    void assessmentsOverTime() throws Exception {
        assertThat(assess(today().minusDays(30), "2", "3")).isEqualTo(302);
        assertThat(assess(today(), "3", "4")).isEqualTo(302);

        var body = page(tab4);
        assertThat(body).contains("role=\"img\"", "<title>Zelfredzaamheid van Sanne", "Financiën", "niet beoordeeld");
        assertThat(body.split("ep-radar__series").length - 1).isEqualTo(2);
    }

    @Test
    @DisplayName("PL-4: a level outside 1..5, a date in the future or unreadable input stores nothing")
    void badAssessmentsStoreNothing() throws Exception {
        assertThat(assess(today(), "6", "1")).isEqualTo(422);
        assertThat(assess(today(), "0", "1")).isEqualTo(422);
        assertThat(assess(today().plusDays(1), "3", "3")).isEqualTo(422);
        assertThat(send(post(tab4 + "/assessments").param("version", "x").param("score-FINANCES", "abc")))
                .isEqualTo(409);
        assertThat(send(post(tab4 + "/NO_SUCH_AREA").param("version", String.valueOf(version()))))
                .isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from plan_assessment a join plan p on p.id = a.plan_id"
                                + " where p.household_id = ?")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("PL-4: a change on an outdated version of the plan stores nothing (409)")
    void staleVersion() throws Exception {
        var stale = version();
        goal("Iets anders");
        assertThat(send(post(tab4 + "/WORK")
                        .param("version", String.valueOf(stale))
                        .param("concerns", "x")))
                .isEqualTo(409);
        assertThat(page(tab4)).doesNotContain(">x<");
    }

    @Test
    @DisplayName("C-2: without consent to share assessments a professional sees no life areas nor assessments")
    void withoutConsentForAssessments() throws Exception {
        assess(today(), "2", "2");
        var other = staff("Piet Pro");
        team.add(household, professional(other), other.id());
        shareWholePlanWith(household, other.id());

        var body = mvc.perform(get(tab4).with(as(other)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("alleen met toestemming").doesNotContain("role=\"img\"", "Zelfredzaamheid van");
    }

    private int assess(java.time.LocalDate on, String finances, String housing) throws Exception {
        return send(post(tab4 + "/assessments")
                .param("version", String.valueOf(version()))
                .param("memberId", mother().memberId().toString())
                .param("assessedOn", on.toString())
                .param("assessedBy", "Hanna Hulp")
                .param("score-FINANCES", finances)
                .param("score-HOUSING", housing)
                .param("note", "Samen met Sanne ingevuld"));
    }

    private int send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(hanna)).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(hanna)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private nl.eenplan.participation.NewParticipant professional(nl.eenplan.identity.AccountPrincipal who) {
        return new nl.eenplan.participation.NewParticipant(
                nl.eenplan.participation.ParticipantKind.PROFESSIONAL,
                null,
                provider.id(),
                who.displayName(),
                "maatschappelijk werk",
                Set.of(),
                null,
                who.email(),
                true,
                false,
                false,
                null);
    }
}
