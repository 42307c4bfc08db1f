package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "My plans" and "my actions" (G-4): overdue first, then what is due soon. */
class MyWorkPageTests extends HouseholdPageTest {

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanAccess access;

    @Test
    @DisplayName("G-4: my work lists my plans and my actions, overdue first and marked, then due soon")
    void myWorkShowsOverdueActionsFirst() throws Exception {
        var professional = professional("Hanna Hulp");
        var name = uniqueName("Gezin Jansen");
        var householdId = consentedFamily(professional, name);
        var viewer = access.viewer(householdId, professional.principal());
        var me = viewer.participant().id();
        var today = LocalDate.now();
        var goal = planEditing.addGoal(householdId, viewer, 0, "Michael gaat weer naar school");
        planEditing.addAction(
                householdId,
                viewer,
                1,
                goal,
                new NewAction("School bellen", Set.of(me), today.minusDays(20), today.plusDays(3), today.plusDays(3)));
        planEditing.addAction(
                householdId,
                viewer,
                2,
                goal,
                new NewAction(
                        "Leerplicht spreken", Set.of(me), today.minusDays(20), today.minusDays(2), today.minusDays(2)));

        var page = mvc.perform(get("/my-work").with(professional.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/households/" + householdId + "/plan\"")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("In voorbereiding")))
                .andExpect(content().string(containsString("Nieuw gezin aanmelden")))
                .andExpect(content().string(containsString("href=\"/my-work\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf(">Te laat<")).isPositive().isLessThan(page.indexOf(">Leerplicht spreken<"));
        assertThat(page.indexOf(">Leerplicht spreken<")).isLessThan(page.indexOf(">Binnenkort<"));
        assertThat(page.indexOf(">Binnenkort<")).isLessThan(page.indexOf(">School bellen<"));
    }

    @Test
    void someoneWithoutPlansIsToldSoAndCannotRegisterHouseholds() throws Exception {
        var mother = citizen("Sanne Jansen");

        mvc.perform(get("/my-work").with(mother.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U doet nog niet mee aan een plan.")))
                .andExpect(content().string(containsString("U heeft geen open acties.")))
                .andExpect(content().string(not(containsString("Nieuw gezin aanmelden"))));
        mvc.perform(get("/").with(mother.login()))
                .andExpect(content().string(containsString("Mijn werk: mijn plannen en acties")));
    }
}
