package nl.eenplan.plan.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.testing.ConsentFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PL-6, X-1: text with a NUL in the safety plan is refused with a translated problem and nothing is stored.
 * Found from outside (bench/outside/hostile.py): ending the safety plan with such a reason answered 500, as
 * PostgreSQL cannot keep a NUL. The API's JSON reader now refuses it for every module (400 naming the field).
 */
class SafetyPlanTextApiTests extends PlanApiTest {

    static final String SAFETY = "/api/v1/households/{id}/plan/safety";
    static final String NUL = "a\\u0000b";

    @Autowired
    ConsentFixtures consents;

    @Test
    @DisplayName("PL-6, X-1: a NUL in the reason to start or end, in a line or in an evaluation is refused (400)")
    void unreadableTextIsRefused() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        consents.share(household, Set.of(InformationCategory.SAFETY_PLAN), petra.accountId());

        refused(post(SAFETY, household), "\"0\"", "{\"reason\": \"" + NUL + "\"}", petra, "reason");
        mvc.perform(as(petra, post(SAFETY, household))
                        .header("If-Match", "\"0\"")
                        .content("{\"reason\": \"Moeder is bang voor de ex-partner\"}"))
                .andExpect(status().isCreated());
        refused(put(SAFETY, household), "\"1\"", "{\"risks\": [{\"what\": \"" + NUL + "\"}]}", petra, "risks[0].what");
        refused(
                put(SAFETY, household),
                "\"1\"",
                "{\"risks\": [{\"what\": \"x\", \"who\": \"" + NUL + "\"}]}",
                petra,
                "risks[0].who");
        refused(post(SAFETY + "/end", household), "\"1\"", "{\"reason\": \"" + NUL + "\"}", petra, "reason");

        mvc.perform(as(petra, get(SAFETY, household)))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.current.reason").value("Moeder is bang voor de ex-partner"))
                .andExpect(jsonPath("$.current.lines.length()").value(0));
    }

    private void refused(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String ifMatch,
            String body,
            Client who,
            String field)
            throws Exception {
        mvc.perform(as(who, request).header("If-Match", ifMatch).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("niemand kan typen")));
    }
}
