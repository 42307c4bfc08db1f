package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.treatment.TreatmentPlanDetails;
import nl.eenplan.plan.treatment.TreatmentPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PL-7 on the pages: who sees treatment plans on tab 2, on their page and in a version. */
class TreatmentPlanPagesTests extends PlanPageTest {

    @Autowired
    TreatmentPlans treatmentPlans;

    private String treatmentPlans() {
        return plan() + "/treatment-plans";
    }

    private UUID linked(UUID goal) {
        return treatmentPlans.add(
                household,
                viewer(hanna),
                version(),
                new TreatmentPlanDetails(
                        hannaInTeam().id(),
                        "Behandelplan GGZ",
                        "GGZ-42",
                        LocalDate.of(2026, 1, 5),
                        null,
                        List.of(goal),
                        true));
    }

    private String page(String path, AccountPrincipal who, int expected) throws Exception {
        return mvc.perform(get(path).with(as(who)))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("PL-7, X-5, C-1: the household and the professional with consent see the treatment plan under its"
            + " goal, on its page and in its personal-data copy (X-6); a network member sees it nowhere, not on the plan,"
            + " its page or the version")
    void whoSeesIt() throws Exception {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        var oma = citizen("Oma Jansen");
        var omaInTeam = networkMember(oma);
        hannaCoordinates();
        var goal = goal("Sanne voelt zich rustiger");
        action(goal, "Oma kookt op woensdag", omaInTeam);
        linked(goal);
        establish();

        for (var who : List.of(hanna, sanne)) {
            assertThat(page(plan(), who, 200)).as("tab 1 shows no goals").doesNotContain("Behandelplan GGZ");
            assertThat(page(approach(), who, 200))
                    .contains("Hierbij hoort het behandelplan Behandelplan GGZ van Hanna Hulp (" + provider.name()
                            + ").");
            assertThat(page(treatmentPlans(), who, 200))
                    .contains("GGZ-42")
                    .contains("Schrijf hier nooit wat er in het behandelplan staat.");
            assertThat(page(plan() + "/versions/1", who, 200)).contains("Behandelplan GGZ");
        }
        assertThat(auditEvents(sanne)).containsOnlyOnce("PLAN_TREATMENT_PLANS_READ");
        assertThat(page("/households/" + household + "/personal-data/" + mother().memberId() + ".json", sanne, 200))
                .as("X-6: in the household's copy of its personal data")
                .contains("Behandelplan GGZ")
                .contains("Sanne voelt zich rustiger");

        assertThat(page(approach(), oma, 200)).contains("Oma kookt op woensdag").doesNotContain("Behandelplan");
        assertThat(page(treatmentPlans(), oma, 404)).doesNotContain("Behandelplan");
        assertThat(page(plan() + "/versions/1", oma, 200)).doesNotContain("Behandelplan");
        assertThat(auditEvents(oma)).doesNotContain("PLAN_TREATMENT_PLANS_READ");
    }

    @Test
    @DisplayName("PL-7, PL-9: a form on an outdated version stores nothing (409); a web address as reference and a"
            + " missing agreement are shown beside their fields (422); the ended treatment plan stays as history")
    void changesOnTheVersion() throws Exception {
        var goal = goal("Michael gaat weer naar school");
        var form = post(treatmentPlans())
                .with(csrf())
                .with(as(hanna))
                .param("participantId", hannaInTeam().id().toString())
                .param("name", "Behandelplan GGZ")
                .param("goalIds", goal.toString());
        mvc.perform(form.param("version", String.valueOf(version() - 1)).param("householdAgreed", "true"))
                .andExpect(status().isConflict());
        var body = mvc.perform(post(treatmentPlans())
                        .with(csrf())
                        .with(as(hanna))
                        .param("version", String.valueOf(version()))
                        .param("participantId", hannaInTeam().id().toString())
                        .param("name", "Behandelplan GGZ")
                        .param("reference", "https://ggz.example/42")
                        .param("goalIds", goal.toString())
                        .param("householdAgreed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("reference-error").contains("geen link");
        mvc.perform(post(treatmentPlans())
                        .with(csrf())
                        .with(as(hanna))
                        .param("version", String.valueOf(version()))
                        .param("participantId", hannaInTeam().id().toString())
                        .param("name", "Behandelplan GGZ")
                        .param("goalIds", goal.toString()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from treatment_plan_link l join plan p on p.id = l.plan_id"
                                + " where p.household_id = ?")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .as("nothing stored")
                .isZero();
        assertThat(auditEvents(hanna)).doesNotContain("PLAN_TREATMENT_PLAN_ADDED");

        var id = linked(goal);
        mvc.perform(post(treatmentPlans() + "/" + id + "/end")
                        .with(csrf())
                        .with(as(hanna))
                        .param("version", String.valueOf(version())))
                .andExpect(status().is3xxRedirection());
        assertThat(page(treatmentPlans(), hanna, 200))
                .contains("Behandelplannen die klaar zijn")
                .contains("GGZ-42");
        assertThat(auditEvents(hanna)).contains("PLAN_TREATMENT_PLAN_ADDED", "PLAN_TREATMENT_PLAN_ENDED");
    }
}
