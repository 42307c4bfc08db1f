package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.testing.ConsentFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PL-6: the safety plan tab answers its forms as every plan form does. */
class SafetyPlanPageTests extends PlanPageTest {

    @Autowired
    ConsentFixtures consents;

    @Test
    @DisplayName("PL-6, C-2, C-5: without consent for the safety plan the tab says why (403) and leads to a"
            + " decision to share without consent; with it the safety plan starts on the plan's version (409 stale,"
            + " 422 refused, nothing stored)")
    void theTabAnswersItsForms() throws Exception {
        var safety = plan() + "/safety";
        var hidden = mvc.perform(get(safety).with(as(hanna))).andReturn().getResponse();
        assertThat(hidden.getStatus()).isEqualTo(403);
        assertThat(hidden.getContentAsString(StandardCharsets.UTF_8))
                .contains("/households/" + household + "/consents/overrides/new");

        consents.share(household, Set.of(InformationCategory.SAFETY_PLAN), hanna.id());
        var stale = mvc.perform(
                        post(safety + "/start")
                                .with(as(hanna))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("version", "9")
                                .param("reason", "Dreiging"))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        var refused = mvc.perform(
                        post(safety + "/start")
                                .with(as(hanna))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("version", String.valueOf(version()))
                                .param("reason", " "))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("Schrijf op waarom de veiligheid in gevaar is.");
        var started = mvc.perform(
                        post(safety + "/start")
                                .with(as(hanna))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("version", String.valueOf(version()))
                                .param("reason", "Moeder is bang voor haar ex-partner"))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(302);

        var page = mvc.perform(get(safety).with(as(hanna))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Moeder is bang voor haar ex-partner", "Risico 1: wat kan er misgaan?", "0800-2000");
        assertThat(auditEvents(hanna)).contains("SAFETY_PLAN_STARTED", "SAFETY_PLAN_READ");
    }
}
