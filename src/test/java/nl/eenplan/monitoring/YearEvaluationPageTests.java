package nl.eenplan.monitoring;

import static nl.eenplan.monitoring.MonitoringPageTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** MON-1, MON-2: the yearly evaluation page: writing the findings, stale versions, bad input, and for whom. */
class YearEvaluationPageTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Autowired
    Evaluations evaluations;

    String path(int year) {
        return "/monitoring/municipalities/" + fixture.world().municipality() + "/evaluations/" + year;
    }

    MockHttpServletRequestBuilder save(int year, String version, String wentWell, AccountPrincipal who) {
        return post(path(year))
                .with(csrf())
                .with(as(who))
                .param("version", version)
                .param("wentWell", wentWell)
                .param("couldBeBetter", "Sneller een Ronde Tafel.")
                .param("familyExperiences", "")
                .param("nextYear", "Vaker samen leren.");
    }

    Evaluation now(int year) {
        var world = fixture.world();
        return evaluations.of(world.contactPoint().id(), world.municipality(), year);
    }

    @Test
    @DisplayName("MON-1, MON-2: the contact point reaches the evaluation from the dashboard and saves the findings on"
            + " the version he saw; on a stale version the page says so and nothing is stored")
    void findingsAreSavedOnTheVersionSeen() throws Exception {
        var world = fixture.world();
        var year = evaluations.thisYear();
        var dashboard = mvc.perform(get("/monitoring")
                        .param("scope", "municipality:" + world.municipality())
                        .with(as(world.contactPoint())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard).contains(path(year)).contains("Jaarevaluatie " + year);
        var page = mvc.perform(get(path(year)).with(as(world.agendaHolder())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Jaarevaluatie " + year + " van gemeente " + world.municipalityName())
                .contains("Ervaringen van gezinnen")
                .contains(path(year) + "/report.pdf");
        var seen = now(year).version();

        mvc.perform(save(year, Integer.toString(seen), "Goede samenwerking.", world.contactPoint()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "monitoring.evaluation.saved"));
        assertThat(now(year).version()).isEqualTo(seen + 1);
        assertThat(now(year).findings().wentWell()).isEqualTo("Goede samenwerking.");
        assertThat(now(year).changedBy()).isEqualTo(world.contactPoint().id());

        mvc.perform(save(year, Integer.toString(seen), "Oude tekst.", world.agendaHolder()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("conflict", "monitoring.evaluation.changedMeanwhile"));
        assertThat(now(year).version()).isEqualTo(seen + 1);
        assertThat(now(year).findings().wentWell()).isEqualTo("Goede samenwerking.");
    }

    @Test
    @DisplayName("MON-1: findings too long (422) or with characters nobody types (400) are refused in Dutch; an"
            + " altered version counts as stale; nothing stored")
    void badInputIsRefused() throws Exception {
        var world = fixture.world();
        var year = evaluations.thisYear();
        var before = now(year);
        var version = Integer.toString(before.version());

        var tooLong = mvc.perform(save(year, version, "a".repeat(Findings.MAX + 1), world.contactPoint()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("Deze tekst is te lang");
        mvc.perform(save(year, version, "a\u0007b", world.contactPoint())).andExpect(status().isBadRequest());
        mvc.perform(save(year, "x", "Tekst", world.contactPoint()))
                .andExpect(flash().attribute("conflict", "monitoring.evaluation.changedMeanwhile"));

        assertThat(now(year)).isEqualTo(before);
    }

    @Test
    @DisplayName("MON-1: another municipality's contact point, a professional and a manager get 404 on the page, the"
            + " save and the PDF; so does a year before 2000 or after this one")
    void othersGetNotFound() throws Exception {
        var world = fixture.world();
        var year = evaluations.thisYear();
        var before = now(year);
        for (var who : java.util.List.of(world.otherContactPoint(), world.hanna(), world.manager())) {
            mvc.perform(get(path(year)).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get(path(year) + "/report.pdf").with(as(who))).andExpect(status().isNotFound());
            mvc.perform(save(year, Integer.toString(before.version()), "Niet van mij.", who))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(path(1999)).with(as(world.contactPoint()))).andExpect(status().isNotFound());
        mvc.perform(get(path(year + 1)).with(as(world.contactPoint()))).andExpect(status().isNotFound());
        assertThat(now(year)).isEqualTo(before);
    }
}
