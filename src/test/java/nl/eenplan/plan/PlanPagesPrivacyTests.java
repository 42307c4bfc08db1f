package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** only participants see a plan; everyone else is told it does not exist, on every URL. */
class PlanPagesPrivacyTests extends PlanPageTest {

    @Test
    @DisplayName("X-1: a non-participant gets 404 on every plan URL, PDF and versions included, and changes nothing")
    void aNonParticipantGetsNotFoundEverywhere() throws Exception {
        hannaCoordinates();
        var goal = goal("Sara gaat elke dag naar school");
        var action = action(goal, "Wekker zetten");
        establish();
        var stranger = staff("Vera Vreemd");
        var before = version();

        var requests = List.<MockHttpServletRequestBuilder>of(
                get(plan()),
                get(plan() + "/versions"),
                get(plan() + "/versions/1"),
                get(plan() + "/versions/1.pdf"),
                get(plan() + "/compare").param("left", "1").param("right", "1"),
                get(plan() + "/goals/" + goal + "/evaluation"),
                post(plan() + "/tab1").param("version", "" + before).param("arrangement", "PHONE"),
                post(plan() + "/goals").param("version", "" + before).param("title", "Ander doel"),
                post(plan() + "/goals/" + goal + "/raise").param("version", "" + before),
                post(plan() + "/goals/" + goal + "/actions").param("version", "" + before),
                post(plan() + "/actions/" + action + "/done").param("version", "" + before),
                post(plan() + "/goals/" + goal + "/evaluation")
                        .param("version", "" + before)
                        .param("reached", "true")
                        .param("achieved", "Alles"),
                post(plan() + "/establish").param("version", "" + before),
                post(plan() + "/close")
                        .param("version", "" + before)
                        .param("reason", "HANDED_OVER")
                        .param("confirmed", "true"),
                post(plan() + "/versions/1/send"));
        for (var request : requests) {
            var body = mvc.perform(request.with(as(stranger)).with(csrf()))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).doesNotContain(familyName).doesNotContain("Sara gaat");
        }
        mvc.perform(get("/households/" + UUID.randomUUID() + "/plan").with(as(hanna)))
                .andExpect(status().isNotFound());

        assertThat(version()).isEqualTo(before);
        assertThat(auditEvents(stranger)).isEmpty();
    }

    @Test
    @DisplayName("X-5: a network member cannot evaluate, establish, close or send round")
    void aNetworkMemberChangesNothingButTheirOwnActions() throws Exception {
        var grandma = citizen("Oma Jansen");
        var grandmaInTeam = networkMember(grandma);
        hannaCoordinates();
        var goal = goal("Sara gaat elke dag naar school");
        var own = action(goal, "Oppassen op woensdag", grandmaInTeam);
        establish();

        mvc.perform(get(plan() + "/goals/" + goal + "/evaluation").with(as(grandma)))
                .andExpect(status().isNotFound());
        mvc.perform(post(plan() + "/establish").with(as(grandma)).with(csrf()).param("version", "" + version()))
                .andExpect(status().isNotFound());
        mvc.perform(post(plan() + "/versions/1/send").with(as(grandma)).with(csrf()))
                .andExpect(status().isNotFound());

        // G-4: what one promised, one marks done oneself.
        mvc.perform(post(plan() + "/actions/" + own + "/done")
                        .with(as(grandma))
                        .with(csrf())
                        .param("version", "" + version()))
                .andExpect(status().is3xxRedirection());
        assertThat(planReading
                        .current(household, viewer(hanna))
                        .actions()
                        .findFirst()
                        .orElseThrow()
                        .done())
                .isTrue();
    }
}
