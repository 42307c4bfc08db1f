package nl.eenplan.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** C-5: information shared under a decision to share without consent is marked so. */
class SharedWithoutConsentMarkingTests extends PlanConsentTest {

    private static final String MARK = "zonder toestemming van het gezin";

    @Test
    @DisplayName("C-5: a plan seen under a decision to share without consent says so; under consent it does not")
    void aPlanSharedWithoutConsentIsMarked() throws Exception {
        consentForPiet(sanne);
        consentForPiet(tim);
        mvc.perform(get(plan() + "/approach").with(as(piet)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(GOAL)))
                .andExpect(content().string(not(containsString(MARK))));
    }

    @Test
    @DisplayName("C-5: consent for the mother and a decision to share about the son: the plan is marked")
    void partlyWithoutConsentIsMarked() throws Exception {
        consentForPiet(sanne);
        shareWithoutConsent(tim);
        mvc.perform(get(plan() + "/approach").with(as(piet)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(GOAL)))
                .andExpect(content().string(containsString(MARK)));
    }
}
