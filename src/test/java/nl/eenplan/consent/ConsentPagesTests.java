package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The consent pages: who gets in and what the household sees and does (C-1, C-2). */
class ConsentPagesTests extends ConsentTest {

    @Test
    @DisplayName("X-1: a non-participant and a network member get 404 on every consent URL, and change nothing")
    void strangersAndNetworkMembersGetNotFound() throws Exception {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.ORAL));
        var stranger = staff("Vera Vreemd", youthCare);
        var requests = List.<MockHttpServletRequestBuilder>of(
                get(consents()),
                get(consents() + "/overview"),
                get(consents() + "/new"),
                get(consents() + "/overrides/new"),
                get(consents() + "/signals/new"),
                post(consents()).param("subjectId", sara.toString()).param("purpose", "x"),
                post(consents() + "/" + id + "/written").param("version", "0"),
                post(consents() + "/" + id + "/withdrawal").param("version", "0"),
                post(consents() + "/overrides").param("goal", "x"),
                post(consents() + "/signals").param("kind", "REFERRAL_INDEX"));
        for (var person : List.of(stranger, grandma)) {
            for (var request : requests) {
                var body = mvc.perform(request.with(as(person)).with(csrf()))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(body).doesNotContain(familyName);
            }
        }
        assertThat(versionOf(id)).isZero();
        assertThat(auditEvents(stranger)).isEmpty();
        assertThat(auditEvents(grandma)).isEmpty();
    }

    @Test
    @DisplayName("X-5, C-1: the household sees who may see what about whom, without overrides, and withdraws for Sara")
    void theHouseholdSeesTheOverviewAndWithdraws() throws Exception {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));
        mvc.perform(post(consents() + "/overrides")
                        .with(as(hanna))
                        .with(csrf())
                        .param("subjectId", tim.toString())
                        .param("recipients", "PARTICIPANT:" + karinInTeam.id())
                        .param("categories", "DOCUMENTS")
                        .param("goal", "Geheim doel van het besluit")
                        .param("withoutSharing", "Nee")
                        .param("consentAsked", "Nee")
                        .param("outweighs", "Ja")
                        .param("informationNeeded", "Veiligheidsplan")
                        .param("discussedOn", today.toString())
                        .param("discussedWith", "teamleider")
                        .param("decision", "SHARE")
                        .param("householdInformed", "false")
                        .param("notInformedReason", "Gevaar")
                        .param("validUntil", today.plusMonths(1).toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(consents()).with(as(sanneAccount))).andExpect(redirectedUrl(consents() + "/overview"));
        var overview = page(sanneAccount, consents() + "/overview");
        assertThat(overview)
                .contains("Wie mag wat zien over wie")
                .contains("Hulp van school en jeugdzorg afstemmen")
                .contains("Hanna Hulp (jeugdhulpverlener)")
                .contains("Het plan")
                .contains("Toestemming intrekken")
                .doesNotContain("Geheim doel")
                .doesNotContain("??");
        assertThat(page(markAccount, consents() + "/overview")).doesNotContain("Toestemming intrekken");
        mvc.perform(get(consents() + "/overrides/new").with(as(sanneAccount))).andExpect(status().isNotFound());

        mvc.perform(post(consents() + "/" + id + "/withdrawal")
                        .with(as(sanneAccount))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl(consents() + "/overview"));

        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isFalse();
        assertThat(page(sanneAccount, consents() + "/overview"))
                .contains("Er is geen toestemming om informatie over Sara " + familyName + " te delen.");
        assertThat(auditEvents(sanneAccount)).contains("CONSENT_OVERVIEW_READ", "CONSENT_WITHDRAWN");
    }

    @Test
    @DisplayName(
            "C-2: the form refuses a consent without purpose, information or recipients, in words next to the fields")
    void theFormRefusesGeneralConsent() throws Exception {
        var body = mvc.perform(post(consents())
                        .with(as(hanna))
                        .with(csrf())
                        .param("subjectId", sara.toString())
                        .param("givenBy", sanne.toString())
                        .param("manner", "WRITTEN")
                        .param("validFrom", today.toString())
                        .param("validUntil", "geen datum"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .contains("Schrijf op waarvoor de informatie wordt gedeeld.")
                .contains("Kies minstens één soort informatie.")
                .contains("Kies met wie de informatie wordt gedeeld.")
                .contains("Vul in tot wanneer de toestemming geldt.")
                .contains("id=\"purpose-error\"");
        assertThat(jdbc.sql("select count(*) from consent where household_id = ?")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("C-1: the form names who is missing; a complete consent is listed with its written form due (C-3)")
    void theFormNamesWhoIsMissingThenRecords() throws Exception {
        var body = mvc.perform(consentFor(tim, sanne.toString(), mark.toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body)
                .contains("De toestemming is niet compleet. Voor Tim " + familyName
                        + " moeten ook deze mensen toestemming geven: Tim " + familyName + ".");

        mvc.perform(consentFor(tim, sanne.toString(), mark.toString(), tim.toString()))
                .andExpect(redirectedUrl(consents()));

        assertThat(page(hanna, consents()))
                .contains("Samen werken aan school")
                .contains("Schriftelijke toestemming nog nodig")
                .contains("Iedereen van " + youthCare.name())
                .contains("Geldt")
                .doesNotContain("??");
        assertThat(auditEvents(hanna)).contains("CONSENT_GIVEN", "CONSENTS_READ");
    }

    @Test
    @DisplayName("C-1: the professionals' page flags a consent that needs renewal after a change of authority")
    void theProfessionalsPageFlagsRenewal() throws Exception {
        registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));
        households.grantParentalAuthority(sara, mark);

        // Hanna took the case up: before a coordinator is chosen she keeps the consent file (C-1).
        assertThat(page(hanna, consents()))
                .contains("Toestemming opnieuw vragen")
                .contains("Opnieuw vragen");
    }

    @Test
    @DisplayName(
            "C-1, X-1: before a coordinator is chosen, only the professional who took the case up reads the consent file and records authority")
    void beforeACoordinatorOnlyTheCaseTakerKeepsTheFile() throws Exception {
        registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));

        assertThat(page(hanna, consents())).contains("Hulp van school en jeugdzorg afstemmen");
        assertThat(page(piet, consents()))
                .doesNotContain("Hulp van school en jeugdzorg afstemmen")
                .contains("vraagt u aan");
        var authority = "/households/" + household + "/team/authority/" + sara;
        mvc.perform(post(authority).with(as(piet)).with(csrf()).param("holders", mark.toString()))
                .andExpect(status().isForbidden());
        assertThat(member(sara).authorityHolderIds()).containsExactly(sanne);
        mvc.perform(post(authority).with(as(hanna)).with(csrf()).param("holders", sanne.toString(), mark.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(member(sara).authorityHolderIds()).containsExactlyInAnyOrder(sanne, mark);
    }

    @Test
    @DisplayName("C-1: withdrawing on an outdated page changes nothing and says so")
    void aStaleWithdrawalSaysSo() throws Exception {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.ORAL));
        registry.registerWrittenForm(household, id, 0, hanna.id());

        var body = mvc.perform(post(consents() + "/" + id + "/withdrawal")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("Iemand anders heeft deze toestemming net veranderd.");
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isTrue();
    }

    @Test
    @DisplayName("C-5, C-6: professionals record a decision and a signal; the forms explain what is missing")
    void professionalsRecordOverridesAndSignals() throws Exception {
        var empty = mvc.perform(post(consents() + "/overrides").with(as(hanna)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty).contains("Beantwoord deze vraag.").contains("Kies het besluit.");
        var oldMember = mvc.perform(post(consents() + "/signals")
                        .with(as(hanna))
                        .with(csrf())
                        .param("subjectId", mark.toString())
                        .param("kind", "REFERRAL_INDEX")
                        .param("on", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(oldMember).contains("De Verwijsindex is alleen voor jongeren tot 23 jaar.");

        mvc.perform(post(consents() + "/signals")
                        .with(as(hanna))
                        .with(csrf())
                        .param("subjectId", tim.toString())
                        .param("kind", "VEILIG_THUIS_CONSULTED")
                        .param("on", today.toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(hanna, consents())).contains("Advies gevraagd aan Veilig Thuis: Tim " + familyName);
        assertThat(page(hanna, consents() + "/overrides/new"))
                .contains("De vijf vragen")
                .doesNotContain("??");
        assertThat(page(hanna, consents() + "/signals/new")).doesNotContain("??");
        assertThat(page(hanna, consents() + "/new")).doesNotContain("??");
    }

    private MockHttpServletRequestBuilder consentFor(java.util.UUID subject, String... givers) {
        return post(consents())
                .with(as(hanna))
                .with(csrf())
                .param("subjectId", subject.toString())
                .param("purpose", "Samen werken aan school")
                .param("categories", "PLAN", "ASSESSMENTS")
                .param("recipients", "ORGANISATION:" + youthCare.id())
                .param("givenBy", givers)
                .param("manner", "ORAL")
                .param("validFrom", today.toString())
                .param("validUntil", today.plusYears(1).toString());
    }

    private String page(AccountPrincipal person, String path) throws Exception {
        return mvc.perform(get(path).with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String consents() {
        return "/households/" + household + "/consents";
    }
}
