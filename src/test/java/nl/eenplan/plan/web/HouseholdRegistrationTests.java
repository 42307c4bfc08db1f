package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A professional registers a household with its members; mistakes are explained and store nothing (H-1). */
class HouseholdRegistrationTests extends HouseholdPageTest {

    @Test
    @DisplayName("H-1: a household with a parent and an unborn child is registered; empty rows are left out")
    void registeringAHouseholdOpensItsTeam() throws Exception {
        var professional = professional("Hanna Hulp");
        var name = uniqueName("Gezin De Vries");
        var expected = LocalDate.now().plusMonths(3);

        var location = mvc.perform(registration(professional, name)
                        .param("members[0].givenName", "Fatima")
                        .param("members[0].familyName", "de Vries")
                        .param("members[0].dateOfBirth", "1990-05-17")
                        .param("members[0].relation", "moeder")
                        .param("members[0].livesAtAddress", "true")
                        .param("_members[0].livesAtAddress", "on")
                        .param("members[1].givenName", "Baby")
                        .param("members[1].familyName", "de Vries")
                        .param("members[1].expectedBirthDate", expected.toString())
                        .param("members[1].relation", "dochter")
                        .param("_members[1].livesAtAddress", "on")
                        .param("members[2].givenName", "")
                        .param("_members[2].livesAtAddress", "on"))
                .andExpect(redirectedUrlPattern("/households/*/team"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var householdId = UUID.fromString(location.split("/")[2]);

        var household = households.find(householdId).orElseThrow();
        assertThat(household.name()).isEqualTo(name);
        assertThat(household.postcode()).isEqualTo("2801 AB");
        var members = households.members(householdId);
        assertThat(members).hasSize(2);
        assertThat(members.get(0).livesAtAddress()).isTrue();
        assertThat(members.get(1).unborn()).isTrue();
        assertThat(members.get(1).expectedBirthDate()).isEqualTo(expected);
        assertThat(members.get(1).livesAtAddress()).isFalse();
        assertThat(team.of(householdId))
                .extracting(p -> p.name(), p -> p.kind())
                .contains(
                        tuple("Fatima de Vries", ParticipantKind.HOUSEHOLD_MEMBER),
                        tuple("Hanna Hulp", ParticipantKind.PROFESSIONAL));

        mvc.perform(get(location).with(professional.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Baby de Vries")));
    }

    @Test
    @DisplayName("H-1: a registration with mistakes is explained in Dutch and stores nothing")
    void aRegistrationWithMistakesStoresNothing() throws Exception {
        var professional = professional("Hanna Hulp");
        var before = households.count();

        mvc.perform(post("/households/new")
                        .with(professional.login())
                        .with(csrf())
                        .param("name", "")
                        .param("municipalityId", UUID.randomUUID().toString())
                        .param("postcode", "12345")
                        .param("members[0].givenName", "Fatima")
                        .param("members[0].dateOfBirth", "2999-01-01")
                        .param("members[1].givenName", "Baby")
                        .param("members[1].familyName", "de Vries")
                        .param("members[1].relation", "dochter")
                        .param("members[2].familyName", "Jansen")
                        .param("members[2].relation", "zoon")
                        .param("members[2].dateOfBirth", "geen datum"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Niet alles is goed ingevuld.")))
                .andExpect(content().string(containsString("Vul een naam voor het gezin in")))
                .andExpect(content().string(containsString("Kies de gemeente van het gezin.")))
                .andExpect(content().string(containsString("Dit is geen goede postcode.")))
                .andExpect(content().string(containsString("Vul de achternaam in.")))
                .andExpect(content().string(containsString("Deze geboortedatum kan niet kloppen.")))
                .andExpect(content().string(containsString("Vul de geboortedatum in. Of de verwachte geboortedatum")))
                .andExpect(content().string(containsString("Vul de voornaam in.")))
                .andExpect(content().string(containsString("Dit is geen goede datum.")));

        mvc.perform(registration(professional, uniqueName("Gezin Leeg")).param("members[0].givenName", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Voeg minstens één gezinslid toe.")));

        mvc.perform(post("/households/new")
                        .with(professional.login())
                        .with(csrf())
                        .param("name", "Gezin Jansen")
                        .param("municipalityId", "geen-gemeente")
                        .param("members[0].givenName", "Fatima")
                        .param("members[0].familyName", "de Vries")
                        .param("members[0].dateOfBirth", "1990-05-17")
                        .param("members[0].relation", "moeder")
                        .param("members[0].livesAtAddress", "misschien"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies de gemeente van het gezin.")));

        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void aStaffMemberWithoutAnOrganisationIsToldWhatToDo() throws Exception {
        var loose = staff("Losse Medewerker", null);
        var before = households.count();

        mvc.perform(get("/households/new").with(loose.login()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U werkt niet voor een organisatie in EenPlan.")))
                .andExpect(content().string(not(containsString("Gezin aanmelden</button>"))));
        mvc.perform(registration(loose, uniqueName("Gezin Los"))
                        .param("members[0].givenName", "Fatima")
                        .param("members[0].familyName", "de Vries")
                        .param("members[0].dateOfBirth", "1990-05-17")
                        .param("members[0].relation", "moeder"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("U werkt niet voor een organisatie in EenPlan.")));

        assertThat(households.count()).isEqualTo(before);
    }

    @Test
    void onlyStaffRegisterHouseholds() throws Exception {
        var mother = citizen("Sanne Jansen");

        mvc.perform(get("/households/new").with(mother.login())).andExpect(status().isForbidden());
        mvc.perform(registration(mother, uniqueName("Gezin Zelf"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("C-1: the team page records who has parental authority over a minor, and only adults have it")
    void parentalAuthorityIsRecordedPerChild() throws Exception {
        var professional = professional("Hanna Hulp");
        var householdId = registerFamily(professional, uniqueName("Gezin Jansen"));
        var mother = member(householdId, "Sanne");
        var son = member(householdId, "Michael");

        mvc.perform(get("/households/{id}/team", householdId).with(professional.login()))
                .andExpect(content().string(containsString("Wie heeft het gezag over Michael Jansen?")))
                .andExpect(content().string(not(containsString("Wie heeft het gezag over Sanne Jansen?"))));
        mvc.perform(post("/households/{id}/team/authority/{child}", householdId, son.id())
                        .with(professional.login())
                        .with(csrf())
                        .param("holders", mother.id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(member(householdId, "Michael").authorityHolderIds()).containsExactly(mother.id());

        mvc.perform(post("/households/{id}/team/authority/{child}", householdId, son.id())
                        .with(professional.login())
                        .with(csrf())
                        .param("holders", son.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Alleen een volwassen gezinslid kan gezag hebben.")));
        assertThat(member(householdId, "Michael").authorityHolderIds()).containsExactly(mother.id());

        mvc.perform(post("/households/{id}/team/authority/{child}", householdId, son.id())
                        .with(professional.login())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(member(householdId, "Michael").authorityHolderIds()).isEmpty();
    }

    private MockHttpServletRequestBuilder registration(Person professional, String name) {
        return post("/households/new")
                .with(professional.login())
                .with(csrf())
                .param("name", name)
                .param("municipalityId", municipality.id().toString())
                .param("street", "Kerkstraat 4")
                .param("postcode", "2801ab")
                .param("city", "Gouda");
    }
}
