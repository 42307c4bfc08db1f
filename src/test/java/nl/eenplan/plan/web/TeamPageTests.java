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

import java.time.DayOfWeek;
import nl.eenplan.audit.AuditEntry;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team around a household (H-2, H-3): who sees it, who changes it, and what is logged. */
class TeamPageTests extends HouseholdPageTest {

    @Autowired
    AuditLog audit;

    @Test
    @DisplayName("X-1: someone outside the household's team gets 404 for its team and coordination")
    void aNonParticipantIsToldTheHouseholdDoesNotExist() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = registerFamily(professional, uniqueName("Gezin Jansen"));
        var stranger = professional("Vreemde Collega");

        mvc.perform(get("/households/{id}/team", householdId).with(stranger.login()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Jansen"))));
        mvc.perform(get("/households/{id}/team/new", householdId).with(stranger.login()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/{id}/coordination", householdId).with(stranger.login()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/{id}/team/copies", householdId)
                        .with(stranger.login())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/{id}/coordination", householdId)
                        .with(stranger.login())
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName(
            "H-2, X-1: a professional adds a network member with relation and days; the write and the read are logged")
    void aProfessionalAddsANetworkMember() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = consentedFamily(professional, uniqueName("Gezin Jansen"));

        mvc.perform(get("/households/{id}/team/new", householdId).with(professional.login()))
                .andExpect(status().isOk());
        mvc.perform(post("/households/{id}/team/new", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("kind", "NETWORK")
                        .param("name", "Piet Bakker")
                        .param("relation", "buurman")
                        .param("reachableDays", "MONDAY", "THURSDAY")
                        .param("phone", "06 12345678")
                        .param("email", "")
                        .param("active", "true")
                        .param("enforcing", "false")
                        .param("legalRole", ""))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));

        var neighbour = participant(householdId, "Piet Bakker");
        assertThat(neighbour.kind()).isEqualTo(ParticipantKind.NETWORK);
        assertThat(neighbour.relation()).isEqualTo("buurman");
        assertThat(neighbour.reachableDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(neighbour.phone()).isEqualTo("06 12345678");
        assertThat(neighbour.email()).isNull();
        assertThat(neighbour.active()).isTrue();
        assertThat(neighbour.receivesCopy()).isFalse();

        mvc.perform(get("/households/{id}/team", householdId).with(professional.login()))
                .andExpect(content().string(containsString("buurman")))
                .andExpect(content().string(containsString("maandag, donderdag")))
                .andExpect(content().string(containsString("06 12345678")));
        assertThat(audit.ofAccount(professional.id(), 10))
                .extracting(AuditEntry::event)
                .contains("PARTICIPANT_ADDED", "TEAM_READ");
    }

    @Test
    @DisplayName("H-2, R-5, R-6: a professional needs an organisation; mistakes are explained and add nobody")
    void aParticipantWithMistakesIsNotAdded() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = consentedFamily(professional, uniqueName("Gezin Jansen"));
        var before = team.of(householdId).size();

        mvc.perform(post("/households/{id}/team/new", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("kind", "PROFESSIONAL")
                        .param("name", "")
                        .param("relation", "")
                        .param("phone", "bel mij")
                        .param("email", "geen-adres")
                        .param("active", "true")
                        .param("enforcing", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul de naam in.")))
                .andExpect(content().string(containsString("Schrijf op wat de relatie met het gezin is.")))
                .andExpect(content().string(containsString("Kies de organisatie van de hulpverlener.")))
                .andExpect(content().string(containsString("Dit is geen goed telefoonnummer.")))
                .andExpect(content().string(containsString("Dit is geen goed e-mailadres.")));
        mvc.perform(post("/households/{id}/team/new", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("kind", "HOUSEHOLD_MEMBER")
                        .param("name", "Oma Jansen")
                        .param("relation", "oma")
                        .param("enforcing", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies of het iemand uit het netwerk is")))
                .andExpect(content().string(containsString("Kies hoe deze persoon meedoet.")));

        mvc.perform(post("/households/{id}/team/new", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("kind", "PROFESSIONAL")
                        .param("name", "Gerda Voogd")
                        .param("relation", "gezinsvoogd van Michael")
                        .param("organisationId", provider.id().toString())
                        .param("email", uniqueEmail("voogd"))
                        .param("active", "true")
                        .param("enforcing", "false")
                        .param("legalRole", "FAMILY_GUARDIAN"))
                .andExpect(status().is3xxRedirection());

        assertThat(team.of(householdId)).hasSize(before + 1);
        var guardian = participant(householdId, "Gerda Voogd");
        assertThat(guardian.legalRole()).isEqualTo(LegalRole.FAMILY_GUARDIAN);
        assertThat(guardian.organisationId()).isEqualTo(provider.id());
        assertThat(guardian.receivesCopy()).isTrue();
    }

    @Test
    @DisplayName("X-5: a network member sees the team without phone numbers and cannot add anyone")
    void aNetworkMemberCannotAddParticipants() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = registerFamily(professional, uniqueName("Gezin Jansen"));
        var grandma = citizen("Oma Jansen");
        addNetworkMember(householdId, "Oma Jansen", "oma", grandma.id());
        var before = team.of(householdId).size();

        // no coordinator yet, so she sees herself only.
        mvc.perform(get("/households/{id}/team", householdId).with(grandma.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oma Jansen")))
                .andExpect(content().string(not(containsString("Sanne Jansen"))))
                .andExpect(content().string(not(containsString(professional.email()))))
                .andExpect(content().string(not(containsString("Iemand toevoegen"))));
        mvc.perform(get("/households/{id}/team/new", householdId).with(grandma.login()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/{id}/team/new", householdId)
                        .with(grandma.login())
                        .with(csrf())
                        .param("kind", "NETWORK")
                        .param("name", "Piet Bakker")
                        .param("relation", "buurman")
                        .param("active", "true")
                        .param("enforcing", "false"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/{id}/team/copies", householdId)
                        .with(grandma.login())
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(team.of(householdId)).hasSize(before);
    }

    @Test
    @DisplayName("H-3: the household chooses which network members receive a copy; the household itself always does")
    void copyRecipientsAreSaved() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = consentedFamily(professional, uniqueName("Gezin Jansen"));
        var grandma = addNetworkMember(householdId, "Oma Jansen", "oma", null);
        var neighbour = addNetworkMember(householdId, "Piet Bakker", "buurman", null);
        var mother = participant(householdId, "Sanne Jansen");

        mvc.perform(get("/households/{id}/team", householdId).with(professional.login()))
                .andExpect(content().string(containsString("Het gezin beslist wie uit het netwerk")));
        mvc.perform(post("/households/{id}/team/copies", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("receiving", grandma.id().toString()))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));

        assertThat(team.find(grandma.id()).orElseThrow().receivesCopy()).isTrue();
        assertThat(team.find(neighbour.id()).orElseThrow().receivesCopy()).isFalse();
        assertThat(team.find(mother.id()).orElseThrow().receivesCopy()).isTrue();
        assertThat(participant(householdId, "Hanna Hulp").receivesCopy()).isTrue();
    }

    @Test
    @DisplayName("H-3: an empty choice of copy recipients chooses nobody from the network, not an error")
    void anEmptyChoiceOfCopyRecipientsChoosesNobody() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = consentedFamily(professional, uniqueName("Gezin Jansen"));
        var grandma = addNetworkMember(householdId, "Oma Jansen", "oma", null);

        mvc.perform(post("/households/{id}/team/copies", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("receiving", ""))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));

        assertThat(team.find(grandma.id()).orElseThrow().receivesCopy()).isFalse();
    }

    @Test
    @DisplayName("H-2: inviting the mother makes her a citizen account and mails her; a known address is linked")
    void participantsAreInvitedOrLinked() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = consentedFamily(professional, uniqueName("Gezin Jansen"));
        var mother = participant(householdId, "Sanne Jansen");
        var motherEmail = uniqueEmail("sanne");

        mvc.perform(post("/households/{id}/team/invitations", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("participantId", mother.id().toString())
                        .param("email", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul het e-mailadres in.")));
        mvc.perform(post("/households/{id}/team/invitations", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("participantId", mother.id().toString())
                        .param("email", motherEmail))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));

        assertThat(awaitMailTo(motherEmail).getSubject()).isEqualTo("Uitnodiging voor EenPlan");
        var account = accounts.findByEmail(motherEmail).orElseThrow();
        assertThat(account.kind()).isEqualTo(AccountKind.CITIZEN);
        assertThat(team.find(mother.id()).orElseThrow().accountId()).isEqualTo(account.id());
        assertThat(member(householdId, "Sanne").accountId()).isEqualTo(account.id());

        var colleague = professional("Kees Collega");
        var known = addProfessional(householdId, "Kees Collega", colleague.email(), false, null, null);
        mvc.perform(post("/households/{id}/team/invitations", householdId)
                        .with(professional.login())
                        .with(csrf())
                        .param("participantId", known.id().toString()))
                .andExpect(redirectedUrl("/households/" + householdId + "/team"));
        assertThat(team.find(known.id()).orElseThrow().accountId()).isEqualTo(colleague.id());
        mvc.perform(get("/households/{id}/team", householdId).with(colleague.login()))
                .andExpect(status().isOk());
    }
}
