package nl.eenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.eenplan.identity.AccountKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * the pages on which a youth of 12 or older or a parent asks for earlier destruction and the
 * coordinator decides. Lisa is 12, Noah 10, Sanne the mother with authority, Hanna coordinates.
 */
class DestructionPageTests extends DestructionFamily {

    @Test
    @DisplayName(
            "X-6: Lisa (12) finds the page from the household's page, reads what it means and asks; the others see the status")
    void anEntitledYouthAsks() throws Exception {
        mvc.perform(get("/households/" + household + "/household").with(as(lisa)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + page() + "\"")));
        mvc.perform(get(page()).with(as(lisa)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vernietigen kan niet ongedaan worden gemaakt")))
                .andExpect(content().string(containsString("Verzoek versturen")));

        mvc.perform(post(page()).with(as(lisa)).with(csrf()).param("reasons", "Ik wil niet dat dit bewaard blijft"))
                .andExpect(redirectedUrl(page()));
        assertThat(count("select count(*) from destruction_request where household_id = ? and entitlement = 'YOUTH'"))
                .isEqualTo(1);
        mvc.perform(get(page()).with(as(lisa)))
                .andExpect(content().string(containsString("Ik wil niet dat dit bewaard blijft")))
                .andExpect(content().string(containsString("De regisseur heeft nog niet besloten.")))
                .andExpect(content().string(not(containsString("Verzoek versturen"))));
        // The mother sees that Lisa asked and how it stands, not Lisa's reasons.
        mvc.perform(get(page()).with(as(sanne)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lisa de Vries, als jongere")))
                .andExpect(content().string(containsString("De regisseur heeft nog niet besloten.")))
                .andExpect(content().string(not(containsString("Ik wil niet dat dit bewaard blijft"))));
        // A second request while one waits is refused in Dutch.
        mvc.perform(post(page()).with(as(sanne)).with(csrf()).param("reasons", "Ook weg"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Er is al een verzoek.")));
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isEqualTo(1);
        assertThat(events("DESTRUCTION_REQUESTED")).isEqualTo(1);
        assertThat(events("DESTRUCTION_REQUESTS_READ")).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName(
            "X-6: Noah (10) sees the page without the form and is refused (403); outsiders get 404; nothing stored")
    void aTenYearOldIsRefused() throws Exception {
        mvc.perform(get(page()).with(as(noah)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt dit zelf niet vragen.")))
                .andExpect(content().string(not(containsString("Verzoek versturen"))));
        mvc.perform(post(page()).with(as(noah)).with(csrf()).param("reasons", "Weg ermee"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Alleen een jongere van 12 jaar of ouder")));
        var stranger = person("Piet Anders", AccountKind.STAFF);
        mvc.perform(get(page()).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(page()).with(as(stranger)).with(csrf()).param("reasons", "Weg"))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isZero();
    }

    @Test
    @DisplayName("X-6: empty, too long or broken reasons are refused with a Dutch message (422) and nothing is stored")
    void badReasonsAreRefused() throws Exception {
        mvc.perform(post(page()).with(as(lisa)).with(csrf()).param("reasons", "   "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Schrijf op waarom u dit vraagt.")));
        mvc.perform(post(page()).with(as(lisa)).with(csrf()).param("reasons", "x".repeat(2001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("niet meer dan 2000 tekens")));
        mvc.perform(post(page()).with(as(lisa)).with(csrf()).param("reasons", "weg\u0000ermee"))
                .andExpect(status().is4xxClientError());
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isZero();
    }

    @Test
    @DisplayName(
            "X-6: the coordinator grants only after the plan is closed, confirms, and lands on a page saying the file is destroyed")
    void theCoordinatorGrantsAfterClosing() throws Exception {
        var request = requests.request(household, lisa, "Ik wil opnieuw beginnen");
        var decision = page() + "/" + request + "/decision";
        mvc.perform(get(page()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ik wil opnieuw beginnen")))
                .andExpect(content().string(containsString("Het plan loopt nog.")));
        mvc.perform(grant(decision, "0").with(as(hanna)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Sluit eerst het plan af.")));
        mvc.perform(grant(decision, "0").with(as(sanne))).andExpect(status().isForbidden());

        closePlan();
        mvc.perform(grant(decision, "0").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit kan niet ongedaan worden gemaakt.")));
        assertThat(households.find(household)).isPresent();
        mvc.perform(grant(decision, "3").param("confirmed", "true").with(as(hanna)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft net over dit verzoek besloten.")));
        assertThat(households.find(household)).isPresent();

        mvc.perform(grant(decision, "0").param("confirmed", "true").with(as(hanna)))
                .andExpect(redirectedUrl(page()));
        mvc.perform(get(page()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De gegevens zijn vernietigd")))
                .andExpect(content().string(not(containsString("de Vries"))));
        assertThat(households.find(household)).isEmpty();
        assertThat(records.of(household).orElseThrow().basis()).isEqualTo(DestructionBasis.REQUEST_GRANTED);
        assertThat(events("DESTRUCTION_DECIDED", "HOUSEHOLD_DESTROYED")).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "X-6: the coordinator refuses with reasons; Lisa reads the refusal and why, a second decision is refused (409)")
    void aRefusalIsRecorded() throws Exception {
        var request = requests.request(household, lisa, "Weg ermee");
        var decision = page() + "/" + request + "/decision";
        mvc.perform(post(decision)
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", "0")
                        .param("reasons", "Nee"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies of u het verzoek toestaat of weigert.")));
        mvc.perform(post(decision)
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", "0")
                        .param("decision", "REFUSE")
                        .param("reasons", "Noah heeft het dossier nog nodig"))
                .andExpect(redirectedUrl(page()));
        mvc.perform(get(page()).with(as(lisa)))
                .andExpect(content().string(containsString("Geweigerd op")))
                .andExpect(content().string(containsString("Noah heeft het dossier nog nodig")));
        mvc.perform(get(page()).with(as(noah)))
                .andExpect(content().string(containsString("Geweigerd op")))
                .andExpect(content().string(not(containsString("Noah heeft het dossier nog nodig"))));
        closePlan();
        mvc.perform(grant(decision, "1").param("confirmed", "true").with(as(hanna)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Over dit verzoek is al besloten.")));
        assertThat(households.find(household)).isPresent();
        assertThat(count("select count(*) from destruction_request where household_id = ? and decision = 'REFUSED'"))
                .isEqualTo(1);
        assertThat(events("DESTRUCTION_DECIDED")).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder grant(
            String decision, String version) {
        return post(decision)
                .with(csrf())
                .param("version", version)
                .param("decision", "GRANT")
                .param("reasons", "Niemand heeft het dossier nog nodig");
    }
}
