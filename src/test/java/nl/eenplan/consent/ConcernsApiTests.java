package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sharing without consent (C-5) and signals (C-6) through the API: professionals of the team only. */
class ConcernsApiTests extends ConsentApiTest {

    private String override(UUID member, String decision, boolean informed, String reason, String validUntil) {
        return """
                {"memberId": "%s", "recipients": [{"kind": "ORGANISATION", "id": "%s"}], "categories": ["PLAN"],
                 "goal": "Veiligheid van Tim", "withoutSharing": "Nee", "consentAsked": "Gevraagd, geweigerd",
                 "outweighs": "Ja", "informationNeeded": "Het plan", "discussedOn": "%s",
                 "discussedWith": "Mijn teamleider", "decision": "%s", "householdInformed": %s,
                 "notInformedReason": %s, "validUntil": %s}
                """.formatted(member, youthCare.id(), today, decision, informed, reason, validUntil);
    }

    private String signal(UUID member, String kind) {
        return """
                {"memberId": "%s", "kind": "%s", "on": "%s", "note": null}
                """.formatted(member, kind, today);
    }

    @Test
    @DisplayName("C-5: a decision about sharing without consent is recorded and listed, and logged; refusals are 422")
    void sharingWithoutConsent() throws Exception {
        var overrides = consents() + "/overrides";
        // C-5: the household is informed, or the reason why not is recorded.
        mvc.perform(api(hanna, post(overrides)).content(override(tim, "DO_NOT_SHARE", false, "null", "null")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("consent.override.notInformedReason.required"))
                .andExpect(jsonPath("$.field").value("notInformedReason"));
        // C-5: a decision to share holds until a day.
        mvc.perform(api(hanna, post(overrides)).content(override(tim, "SHARE", true, "null", "null")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("consent.override.validUntil.required"));
        assertThat(auditEvents(hanna)).doesNotContain("SHARING_OVERRIDE_RECORDED");

        mvc.perform(api(hanna, post(overrides))
                        .content(override(
                                tim, "SHARE", false, "\"Tim komt in gevaar\"", "\"" + today.plusMonths(3) + "\"")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost" + overrides))
                .andExpect(jsonPath("$.id").isNotEmpty());
        mvc.perform(api(hanna, get(overrides)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].memberId").value(tim.toString()))
                .andExpect(jsonPath("$.items[0].decision").value("SHARE"))
                .andExpect(jsonPath("$.items[0].answers.goal").value("Veiligheid van Tim"))
                .andExpect(jsonPath("$.items[0].notInformedReason").value("Tim komt in gevaar"));
        assertThat(auditEvents(hanna)).contains("SHARING_OVERRIDE_RECORDED", "CONSENTS_READ");
    }

    @Test
    @DisplayName("C-6: signals are recorded and listed and logged; the referral index is for members under 23 (422)")
    void signals() throws Exception {
        var signals = consents() + "/signals";
        mvc.perform(api(hanna, post(signals)).content(signal(mark, "REFERRAL_INDEX")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("consent.signal.referralIndex.tooOld"))
                .andExpect(jsonPath("$.field").value("memberId"));
        mvc.perform(api(hanna, post(signals)).content(signal(tim, "OTHER_STEP")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("consent.signal.note.required"));
        mvc.perform(api(hanna, post(signals)).content(signal(UUID.randomUUID(), "REFERRAL_INDEX")))
                .andExpect(status().isUnprocessableContent());
        assertThat(auditEvents(hanna)).doesNotContain("SIGNAL_RECORDED");

        mvc.perform(api(hanna, post(signals)).content(signal(tim, "REFERRAL_INDEX")))
                .andExpect(status().isCreated());
        mvc.perform(api(piet, post(signals)).content(signal(sara, "VEILIG_THUIS_CONSULTED")))
                .andExpect(status().isCreated());
        mvc.perform(api(hanna, get(signals)).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.nextPage").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("VEILIG_THUIS_CONSULTED"));
        assertThat(auditEvents(hanna)).contains("SIGNAL_RECORDED");
    }

    @Test
    @DisplayName("X-1: the household, its network and professionals outside the team get 404, and nothing is stored")
    void onlyTheTeamsProfessionals() throws Exception {
        var outsider = staff("Olaf Buiten", youthCare);
        for (var person : List.of(sanneAccount, grandma, outsider)) {
            for (var list : List.of("/overrides", "/signals")) {
                mvc.perform(api(person, get(consents() + list))).andExpect(status().isNotFound());
            }
            mvc.perform(api(person, post(consents() + "/signals")).content(signal(tim, "REFERRAL_INDEX")))
                    .andExpect(status().isNotFound());
            mvc.perform(api(person, post(consents() + "/overrides"))
                            .content(override(tim, "DO_NOT_SHARE", true, "null", "null")))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from consent_signal where household_id = ?")
                        .param(household)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(auditEvents(outsider)).isEmpty();
        assertThat(auditEvents(grandma)).isEmpty();
    }
}
