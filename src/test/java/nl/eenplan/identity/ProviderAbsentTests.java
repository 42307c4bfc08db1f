package nl.eenplan.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import nl.eenplan.testing.EenPlanTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Without a configured identity provider EenPlan is as it was: no button, no provider's addresses. */
class ProviderAbsentTests extends EenPlanTest {

    @Test
    void noButtonAndNoProviderAddresses() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("oauth2"))))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("form-action 'self';")));
        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(redirectedUrl("/login"));
    }
}
