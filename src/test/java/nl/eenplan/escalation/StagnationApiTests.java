package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.plan.NewAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** G-4: what the household's escalation page shows about stagnation, through the JSON API. */
class StagnationApiTests extends EscalationTest {

    @Autowired
    ApiTokens tokens;

    MockHttpServletRequestBuilder as(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var token =
                tokens.issue(person.id(), "koppeling", ApiScope.READ_WRITE, 30).secret();
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    String escalations() {
        return "/api/v1/households/" + household + "/escalations";
    }

    @Test
    @DisplayName("G-4: the coordinator gets EenPlan's prompts, those who may signal the agreements to name, and a"
            + " signal about a household member records the follow-up (200), listed for those who see the plan")
    void stagnationThroughTheApi() throws Exception {
        var target = signals.today().minusDays(40);
        var late = planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(
                        "Formulieren ophalen",
                        Set.of(participant(peter).id(), mother().id()),
                        target.minusDays(7),
                        target,
                        target));
        var stagnation = "/api/v1/households/" + household + "/stagnation";

        mvc.perform(as(hanna, get(stagnation + "/prompts")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actionId").value(late.toString()));
        mvc.perform(as(peter, get(stagnation + "/prompts")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(peter, get(stagnation + "/agreements?size=100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(as(peter, get(stagnation + "/agreements?size=abc"))).andExpect(status().isBadRequest());

        mvc.perform(as(hanna, post(escalations()))
                        .content("{\"actionId\": \"%s\", \"participantId\": \"%s\"}".formatted(late, mother().id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.signal.followUpRequired"));
        mvc.perform(as(hanna, post(escalations()))
                        .content("{\"actionId\": \"%s\", \"participantId\": \"%s\", \"followUp\": \"%s\"}"
                                .formatted(late, mother().id(), "Samen een nieuw plan maken")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.escalationId").isEmpty());
        mvc.perform(as(peter, get(stagnation + "/signals")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("HOUSEHOLD_MEMBER"))
                .andExpect(jsonPath("$.items[0].followUp").value("Samen een nieuw plan maken"));
        assertThat(auditEvents(hanna)).contains("STAGNATION_SIGNALLED");
        mvc.perform(as(otherManager, get(stagnation + "/signals"))).andExpect(status().isNotFound());
        assertThat(auditEvents(otherManager)).isEmpty();
    }
}
