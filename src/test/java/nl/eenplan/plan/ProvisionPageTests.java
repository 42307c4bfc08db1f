package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Tab 3's page (PL-3, PL-10): its forms, their refusals and stale versions. */
class ProvisionPageTests extends ProvisionTest {

    private MockHttpServletRequestBuilder addProvision(Integer version) {
        return addProvision(version, "YOUTH_OUTPATIENT", "4");
    }

    private MockHttpServletRequestBuilder addProvision(Integer version, String kind, String volume) {
        var request = post(plan() + "/provisions")
                .with(as(hanna))
                .with(csrf())
                .param("memberId", tim.toString())
                .param("law", "JEUGDWET")
                .param("kind", kind)
                .param("reason", "Tim heeft hulp nodig bij angst.")
                .param("volume", volume)
                .param("unit", "HOUR")
                .param("frequency", "PER_WEEK")
                .param("goalIds", schoolGoal.toString());
        return version == null ? request : request.param("version", String.valueOf(version));
    }

    @Test
    @DisplayName("PL-3: a provision asked on tab 3 is shown there with its goal and scope")
    void askedOnTheTab() throws Exception {
        mvc.perform(addProvision(version())).andExpect(redirectedUrl(plan() + "/provisions"));

        mvc.perform(get(plan() + "/provisions").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Ambulante jeugdhulp (hulp thuis of bij de aanbieder) voor Tim")))
                .andExpect(content().string(containsString("4 uur per week")))
                .andExpect(content().string(containsString("Aanvraag als PDF")))
                .andExpect(content().string(containsString("aria-current=\"page\"")));
        assertThat(provisionRows()).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "PL-3: a stale version answers 409 and stores nothing; a refusal answers 422 with its message beside the field")
    void staleAndRefused() throws Exception {
        var stale = version();
        goal("Sanne slaapt beter");
        mvc.perform(addProvision(stale))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft het plan net veranderd.")));
        mvc.perform(addProvision(null)).andExpect(status().isConflict());
        assertThat(provisionRows()).isZero();
        mvc.perform(addProvision(version(), "WMO_AID", "4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Niet alles is goed ingevuld.")))
                .andExpect(content().string(containsString("href=\"#provision-kind\"")))
                .andExpect(content().string(containsString("id=\"provision-kind-error\"")))
                .andExpect(content().string(containsString("Deze soort voorziening hoort bij een andere wet.")))
                .andExpect(content().string(not(containsString("De voorziening is aangevraagd"))));
        assertThat(provisionRows()).isZero();
        mvc.perform(addProvision(version(), "YOUTH_OUTPATIENT", "veel"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"provision-volume-error\"")))
                .andExpect(
                        content().string(containsString("Deze keuze klopt niet. Kies of vul een geldige waarde in.")))
                .andExpect(content().string(not(containsString("De voorziening is aangevraagd"))));
        assertThat(provisionRows()).isZero();
    }

    @Test
    @DisplayName("PL-10: the Wmo request date on tab 3 shows the last day for a personal plan, 7 days later")
    void theWmoTermIsShown() throws Exception {
        mvc.perform(post(plan() + "/provisions/laws/" + sanne)
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("law", "WMO")
                        .param("supportRequestedOn", "2026-04-28"))
                .andExpect(redirectedUrl(plan() + "/provisions"));
        mvc.perform(get(plan() + "/provisions").with(as(hanna)))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Hulp gevraagd op 28 april 2026. Een persoonlijk plan kan worden ingeleverd tot en met 5 mei 2026.")));
    }
}
