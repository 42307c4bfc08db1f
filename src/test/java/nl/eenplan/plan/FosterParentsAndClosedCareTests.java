package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PL-10: foster parents agree to the plan as far as it describes their role; closed youth care is in writing. */
class FosterParentsAndClosedCareTests extends PlanPageTest {

    @Autowired
    PlanTerms terms;

    @Autowired
    java.util.List<DeadlineSource> deadlineSources;

    @Test
    @DisplayName("PL-10: tab 1 names the foster parents; establishing waits for a foster parent who does something")
    void aFosterParentWithAnActionMustAgree() throws Exception {
        hannaCoordinates();
        var foster = citizen("Ria Pleeg");
        var fosterInTeam = networkMember(foster);
        var goal = goal("Sara woont rustig bij Ria");
        action(goal, "Sara naar school brengen", fosterInTeam);
        mvc.perform(post(plan() + "/tab1")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("fosterParentIds", fosterInTeam.id().toString()))
                .andExpect(redirectedUrl(plan() + "#tab1"));
        mvc.perform(get(plan()).with(as(hanna))).andExpect(content().string(containsString("Ria Pleeg")));

        mvc.perform(post(plan() + "/establish")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Een pleegouder die iets doet in het plan moet eerst")));
        assertThat(planReading.current(household, viewer(hanna)).lastVersionNumber())
                .isZero();

        // The foster parent sees only his own actions, and agrees on the reading view.
        mvc.perform(get(plan() + "/read").with(as(foster)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sara naar school brengen")))
                .andExpect(content().string(containsString("Ik ga akkoord")));
        mvc.perform(post(plan() + "/read/agree")
                        .with(as(foster))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl(plan() + "/read#akkoord"));

        assertThat(establish()).isEqualTo(1);
    }

    @Test
    @DisplayName("PL-10: a foster parent without an action need not agree; only people outside work can be one")
    void onlyFosterParentsWithARoleMustAgree() {
        hannaCoordinates();
        var fosterInTeam = networkMember(citizen("Ria Pleeg"));
        action(goal("Rust in huis"), "Samen eten");
        planEditing.updateTab1(household, viewer(hanna), version(), tab1(Set.of(fosterInTeam.id()), false));
        assertThat(establish()).isEqualTo(1);

        assertThatThrownBy(() -> planEditing.updateTab1(
                        household,
                        viewer(hanna),
                        version(),
                        tab1(Set.of(hannaInTeam().id()), false)))
                .isInstanceOf(PlanRefused.class)
                .hasMessage("plan.tab1.fosterParentNotInTeam");
    }

    @Test
    @DisplayName("PL-10: with closed youth care the plan is in writing within 14 days of the day it was recorded")
    void closedYouthCareStartsTheTermInWriting() throws Exception {
        assertThat(inWriting()).isEmpty();
        mvc.perform(post(plan() + "/tab1")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("closedYouthCare", "true"))
                .andExpect(redirectedUrl(plan() + "#tab1"));

        var plan = planReading.current(household, viewer(hanna));
        assertThat(plan.situation().closedYouthCareOn()).isEqualTo(today());
        var due = terms.writtenPlan(today()).due();
        assertThat(inWriting()).extracting(Deadline::due).containsExactly(due);
        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(containsString("Gesloten jeugdhulp vastgelegd op")))
                .andExpect(content().string(containsString("Er is gesloten jeugdhulp sinds")));

        // Saved again later, the day it was first recorded stays; unticked, the term ends.
        planEditing.updateTab1(household, viewer(hanna), version(), tab1(Set.of(), true));
        assertThat(planReading.current(household, viewer(hanna)).situation().closedYouthCareOn())
                .isEqualTo(today());
        planEditing.updateTab1(household, viewer(hanna), version(), tab1(Set.of(), false));
        assertThat(inWriting()).isEmpty();
    }

    private static Tab1 tab1(Set<java.util.UUID> fosterParents, boolean closedYouthCare) {
        return new Tab1(null, null, "", false, null, null, "", "", fosterParents, closedYouthCare);
    }

    private java.util.List<Deadline> inWriting() {
        return deadlineSources.stream()
                .flatMap(source -> source.openDeadlinesOf(hanna.id(), today()).stream())
                .filter(d -> d.kind() == DeadlineKind.PLAN_IN_WRITING)
                .filter(d -> d.householdId().equals(household))
                .toList();
    }
}
