package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * C-1, X-1: a professional in the team without consent is not told a member's date of birth nor the
 * address (docs/privacy.md); "Mijn gezinnen" must not tell it either, by finding the household when he
 * searches for them. Found from outside (bench/outside/access_routes.py).
 */
@DisplayName("C-1, X-1: searching Mijn gezinnen tells nothing that consent does not allow")
class CaseSearchConsentTests extends MatrixTest {

    @Test
    @DisplayName("C-1: without consent the search by date of birth or postcode does not find the household")
    void searchWithoutConsent() throws Exception {
        var tim = jdbc.sql("select date_of_birth from household_member where household_id = ? and given_name = 'Tim'")
                .param(world().household())
                .query(LocalDate.class)
                .single();
        var family = "Gezin " + world().familyName();

        assertThat(search(Actor.PROFESSIONAL, "born=" + tim)).contains(family);
        assertThat(search(Actor.NO_CONSENT, "born=" + tim)).doesNotContain(family);
        assertThat(search(Actor.PROFESSIONAL, "q=1234")).contains(family);
        assertThat(search(Actor.NO_CONSENT, "q=1234")).doesNotContain(family);
        assertThat(search(Actor.NO_CONSENT, "q=" + world().familyName())).contains(family);
    }

    private String search(Actor actor, String query) throws Exception {
        return mvc.perform(get("/cases?" + query).with(as(person(actor))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
