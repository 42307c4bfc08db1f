package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AuditEntry;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.household.HouseholdChange;
import nl.eenplan.household.HouseholdHistoryEntry;
import nl.eenplan.household.Members;
import nl.eenplan.household.NewMember;
import nl.eenplan.participation.NewHousehold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeping the household up to date after registration (H-1, X-6): who may, what the team and consent
 * make of it (C-1), the history the household reads, the access log, stale forms and bad input.
 */
class HouseholdUpkeepTests extends HouseholdPageTest {

    @Autowired
    Members memberRecords;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "H-1, X-1: the mother adds a member later; he joins the team, the history tells it, the access log has it")
    void theMotherAddsAMemberLater() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var mother = motherLoggingIn(householdId);

        mvc.perform(post("/households/{id}/household/members/new", householdId)
                        .with(mother.login())
                        .with(csrf())
                        .param("givenName", "Kees")
                        .param("familyName", "Jansen")
                        .param("dateOfBirth", "1960-03-01")
                        .param("relation", "opa")
                        .param("livesAtAddress", "false"))
                .andExpect(redirectedUrl("/households/" + householdId + "/household"));

        var kees = member(householdId, "Kees");
        assertThat(kees.livesAtAddress()).isFalse();
        assertThat(participant(householdId, "Kees Jansen").active()).isTrue();
        assertThat(memberRecords.history(householdId))
                .extracting(HouseholdHistoryEntry::kind, HouseholdHistoryEntry::memberName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HouseholdChange.MEMBER_ADDED, "Kees Jansen"));
        assertThat(audit.ofAccount(mother.id(), 5))
                .extracting(AuditEntry::event)
                .contains("HOUSEHOLD_MEMBER_ADDED");
        mvc.perform(get("/households/{id}/household", householdId).with(mother.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kees Jansen is toegevoegd aan het gezin.")))
                .andExpect(content().string(containsString("Door Sanne Jansen.")));
    }

    @Test
    @DisplayName(
            "H-1, C-1: after the birth the child takes part, and the age rule asks consent about it before the plan is shared")
    void theBirthOfTheExpectedChildMakesItAMemberOfItsOwn() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = expectingFamily(hanna);
        shareWholePlanWith(householdId, hanna.id());
        var mother = motherLoggingIn(householdId);
        var baby = member(householdId, "Baby");
        // H-1, H-3 (V28): before the birth the expected child takes no part and gets no copy.
        assertThat(participant(householdId, "Baby Jansen").active()).isFalse();
        mvc.perform(get("/households/{id}/plan", householdId).with(hanna.login()))
                .andExpect(content().string(not(containsString("er is geen toestemming"))));

        mvc.perform(post("/households/{id}/household/members/{m}/birth", householdId, baby.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("givenName", "Noor")
                        .param("familyName", "Jansen")
                        .param("dateOfBirth", LocalDate.now().minusDays(2).toString()))
                .andExpect(redirectedUrl("/households/" + householdId + "/household"));

        var noor = member(householdId, "Noor");
        assertThat(noor.dateOfBirth()).isEqualTo(LocalDate.now().minusDays(2));
        assertThat(noor.expectedBirthDate()).isNull();
        var inTeam = participant(householdId, "Noor Jansen");
        assertThat(inTeam.active()).isTrue();
        assertThat(inTeam.receivesCopy()).isTrue();
        // C-1: Noor is a subject of her own now; nobody consented about her yet.
        mvc.perform(get("/households/{id}/plan", householdId).with(hanna.login()))
                .andExpect(content().string(containsString("er is geen toestemming")))
                .andExpect(content().string(containsString("Noor Jansen")));
        // C-1: the mother records her authority over Noor.
        mvc.perform(post("/households/{id}/team/authority/{c}", householdId, noor.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("holders", member(householdId, "Sanne").id().toString()))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));
        assertThat(member(householdId, "Noor").authorityHolderIds())
                .containsExactly(member(householdId, "Sanne").id());
        assertThat(memberRecords.history(householdId))
                .extracting(HouseholdHistoryEntry::kind)
                .containsExactly(HouseholdChange.AUTHORITY_CHANGED, HouseholdChange.CHILD_BORN);
        assertThat(audit.ofAccount(mother.id(), 10))
                .extracting(AuditEntry::event)
                .contains("HOUSEHOLD_CHILD_BORN", "PARENTAL_AUTHORITY_RECORDED");
    }

    @Test
    @DisplayName("H-1: a birth recorded on a stale form changes nothing and says so in Dutch (409)")
    void aStaleBirthChangesNothing() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = expectingFamily(hanna);
        var mother = motherLoggingIn(householdId);
        var baby = member(householdId, "Baby");
        var before = memberRecords.history(householdId).size();

        mvc.perform(post("/households/{id}/household/members/{m}/birth", householdId, baby.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "7")
                        .param("givenName", "Noor")
                        .param("familyName", "Jansen")
                        .param("dateOfBirth", LocalDate.now().toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit gezinslid net veranderd")));

        assertThat(member(householdId, "Baby").unborn()).isTrue();
        assertThat(memberRecords.history(householdId)).hasSize(before);
    }

    @Test
    @DisplayName("H-1: a date of birth in the future or no date at all is refused in Dutch (422), nothing stored")
    void aWrongDateOfBirthIsRefused() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = expectingFamily(hanna);
        var mother = motherLoggingIn(householdId);
        var baby = member(householdId, "Baby");

        for (var date : List.of(LocalDate.now().plusDays(3).toString(), "", "2026-02-31", "abc")) {
            mvc.perform(post("/households/{id}/household/members/{m}/birth", householdId, baby.id())
                            .with(mother.login())
                            .with(csrf())
                            .param("version", "0")
                            .param("givenName", "Noor")
                            .param("familyName", "Jansen")
                            .param("dateOfBirth", date))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("geboortedatum")));
        }
        mvc.perform(post("/households/{id}/household/members/{m}/birth", householdId, baby.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("givenName", "No\u0000or")
                        .param("familyName", "Jansen")
                        .param("dateOfBirth", LocalDate.now().toString()))
                .andExpect(status().isBadRequest());

        assertThat(member(householdId, "Baby").unborn()).isTrue();
        assertThat(memberRecords.history(householdId)).isEmpty();
    }

    @Test
    @DisplayName(
            "X-6: a correction of name and date of birth is a rectification in the history, without the old values")
    void aMistakeIsCorrected() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var mother = motherLoggingIn(householdId);
        var michael = member(householdId, "Michael");

        mvc.perform(post("/households/{id}/household/members/{m}/rectification", householdId, michael.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("givenName", "Michiel")
                        .param("familyName", "Jansen")
                        .param("date", "2013-09-15")
                        .param("relation", "zoon"))
                .andExpect(redirectedUrl("/households/" + householdId + "/household"));

        var michiel = member(householdId, "Michiel");
        assertThat(michiel.dateOfBirth()).isEqualTo(LocalDate.of(2013, 9, 15));
        assertThat(participant(householdId, "Michiel Jansen").memberId()).isEqualTo(michiel.id());
        var entry = memberRecords.history(householdId).getFirst();
        assertThat(entry.kind()).isEqualTo(HouseholdChange.RECTIFIED);
        assertThat(entry.detail()).isEqualTo("givenName,dateOfBirth");
        mvc.perform(get("/households/{id}/household", householdId).with(mother.login()))
                .andExpect(content().string(containsString("De gegevens van Michiel Jansen zijn verbeterd.")))
                .andExpect(content().string(containsString("Verbeterd: voornaam, geboortedatum.")))
                .andExpect(content().string(not(containsString("Michael"))));
        // the mother's copy of Michiel's data (she has authority over him) tells what was corrected later.
        var copy = mvc.perform(get("/households/{h}/personal-data/{m}.json", householdId, michiel.id())
                        .with(mother.login()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(copy)
                .contains("De gegevens van Michiel Jansen zijn verbeterd.")
                .doesNotContain("Michael");
        // Sent again on the old version: someone else changed him meanwhile, nothing changes.
        mvc.perform(post("/households/{id}/household/members/{m}/rectification", householdId, michael.id())
                        .with(mother.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("givenName", "Michael")
                        .param("familyName", "Jansen")
                        .param("date", "2013-09-15")
                        .param("relation", "zoon"))
                .andExpect(status().isConflict());
        assertThat(member(householdId, "Michiel").id()).isEqualTo(michael.id());
    }

    @Test
    @DisplayName("H-1: a member moves out and back in; moving out twice is refused in Dutch (422)")
    void aMemberMovesOutAndBackIn() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var michael = member(householdId, "Michael");

        mvc.perform(post("/households/{id}/household/members/{m}/address", householdId, michael.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "0")
                        .param("livesAtAddress", "false"))
                .andExpect(redirectedUrl("/households/" + householdId + "/household"));
        assertThat(member(householdId, "Michael").livesAtAddress()).isFalse();
        mvc.perform(post("/households/{id}/household/members/{m}/address", householdId, michael.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "1")
                        .param("livesAtAddress", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Dit gezinslid woont al ergens anders.")));
        mvc.perform(post("/households/{id}/household/members/{m}/address", householdId, michael.id())
                        .with(hanna.login())
                        .with(csrf())
                        .param("version", "1")
                        .param("livesAtAddress", "true"))
                .andExpect(redirectedUrl("/households/" + householdId + "/household"));

        assertThat(memberRecords.history(householdId))
                .extracting(HouseholdHistoryEntry::kind)
                .containsExactly(HouseholdChange.MOVED_IN, HouseholdChange.MOVED_OUT);
    }

    @Test
    @DisplayName("H-1, X-5: a child, a network member and an outsider change nothing of the household (404)")
    void onlyThoseWhoKeepTheHouseholdChangeIt() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var michaelAccount = citizen("Michael Jansen");
        team.linkAccount(participant(householdId, "Michael Jansen").id(), michaelAccount.id());
        households.linkAccount(member(householdId, "Michael").id(), michaelAccount.id());
        var grandma = citizen("Oma Jansen");
        addNetworkMember(householdId, "Oma Jansen", "oma", grandma.id());
        var stranger = professional("Vreemde Collega");

        for (var person : List.of(michaelAccount, grandma, stranger)) {
            mvc.perform(post("/households/{id}/household/members/new", householdId)
                            .with(person.login())
                            .with(csrf())
                            .param("givenName", "Kees")
                            .param("familyName", "Jansen")
                            .param("dateOfBirth", "1960-03-01")
                            .param("relation", "opa"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/households/{id}/household", householdId).with(grandma.login()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/household", householdId).with(michaelAccount.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Gezinslid toevoegen"))));
        assertThat(households.members(householdId)).hasSize(2);
    }

    @Test
    @DisplayName("C-1: a professional without consent still cannot change a child's parental authority")
    void aProfessionalWithoutConsentDoesNotChangeAuthority() throws Exception {
        var hanna = professional("Hanna Hulp");
        var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
        var piet = professional("Piet Zorg");
        addProfessional(householdId, "Piet Zorg", piet.email(), false, null, piet.id());

        mvc.perform(post(
                                "/households/{id}/team/authority/{c}",
                                householdId,
                                member(householdId, "Michael").id())
                        .with(piet.login())
                        .with(csrf())
                        .param("holders", member(householdId, "Sanne").id().toString()))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/households/{id}/household/members/new", householdId)
                        .with(piet.login())
                        .with(csrf())
                        .param("givenName", "Kees")
                        .param("familyName", "Jansen")
                        .param("dateOfBirth", "1960-03-01")
                        .param("relation", "opa"))
                .andExpect(status().is4xxClientError());
        assertThat(memberRecords.history(householdId)).isEmpty();
    }

    /** A mother expecting a child, registered by this professional; nobody consented yet. */
    private UUID expectingFamily(Person professional) {
        var householdId = cases.open(
                professional.principal(),
                new NewHousehold(
                        uniqueName("Gezin Jansen"),
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", "Jansen", LocalDate.of(1988, 4, 2), "moeder"),
                                NewMember.unborn(
                                        "Baby", "Jansen", LocalDate.now().plusMonths(2), "kind"))));
        return householdId;
    }

    /** Sanne logs in as herself: her account is linked to her membership and her place in the team. */
    private Person motherLoggingIn(UUID householdId) {
        var mother = citizen("Sanne Jansen");
        team.linkAccount(participant(householdId, "Sanne Jansen").id(), mother.id());
        households.linkAccount(member(householdId, "Sanne").id(), mother.id());
        return mother;
    }
}
