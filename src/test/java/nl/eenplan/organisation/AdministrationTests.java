package nl.eenplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators invite people and keep organisations; bad input is explained and stores nothing. */
class AdministrationTests extends EenPlanTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    private RequestPostProcessor admin;
    private Organisation municipality;

    @BeforeEach
    void administrator() {
        var account = accounts.createActive(
                uniqueEmail("beheer"), "Beheer", AccountKind.ADMINISTRATOR, "een lange zin als wachtwoord");
        var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
        admin = authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
        municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
    }

    @Test
    void invitingAProfessionalMailsThemAndGivesThemTheirRole() throws Exception {
        var email = uniqueEmail("hulp");
        mvc.perform(post("/admin/people")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Hanna Hulp")
                        .param("email", email)
                        .param("kind", "STAFF")
                        .param("organisationId", municipality.id().toString())
                        .param("role", "MUNICIPAL_CONTACT_POINT"))
                .andExpect(redirectedUrl("/admin/people"));

        assertThat(awaitMailTo(email).getSubject()).isEqualTo("Uitnodiging voor EenPlan");
        var account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.kind()).isEqualTo(AccountKind.STAFF);
        assertThat(organisations.of(account.id())).containsExactly("ROLE_MUNICIPAL_CONTACT_POINT");
    }

    @Test
    void anInvitationWithMistakesIsExplainedAndNobodyIsInvited() throws Exception {
        var email = uniqueEmail("fout");
        mvc.perform(post("/admin/people")
                        .with(admin)
                        .with(csrf())
                        .param("name", "")
                        .param("email", "geen-adres")
                        .param("kind", "STAFF")
                        .param("organisationId", UUID.randomUUID().toString())
                        .param("role", "MANAGER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul een naam in.")))
                .andExpect(content().string(containsString("Dit is geen goed e-mailadres.")))
                .andExpect(content().string(containsString("Kies de organisatie van de medewerker.")));
        mvc.perform(post("/admin/people")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Iemand")
                        .param("email", email)
                        .param("kind", "STAFF")
                        .param("role", "MANAGER"))
                .andExpect(content().string(containsString("Kies de organisatie van de medewerker.")));

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void alteredChoicesInTheFormAreExplainedNotAnError() throws Exception {
        mvc.perform(post("/admin/people")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Iemand")
                        .param("email", uniqueEmail("gewijzigd"))
                        .param("kind", "KONING")
                        .param("organisationId", "geen-id")
                        .param("role", "BAAS"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze keuze klopt niet")));
        mvc.perform(post("/admin/organisations")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Iets")
                        .param("kind", "CLUB")
                        .param("municipalityId", "geen-id"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze keuze klopt niet")));
    }

    @Test
    void anAddressInUseIsRefused() throws Exception {
        var email = uniqueEmail("bezet");
        accounts.invite(email, "Eerste", AccountKind.CITIZEN, null);

        mvc.perform(post("/admin/people")
                        .with(admin)
                        .with(csrf())
                        .param("name", "Tweede")
                        .param("email", email)
                        .param("kind", "CITIZEN"))
                .andExpect(content().string(containsString("Er is al een account met dit e-mailadres.")));
    }

    @Test
    void anAccessTeamBelongsToAMunicipalityAndNamesAreUnique() throws Exception {
        var name = "Toegangsteam " + UUID.randomUUID();
        mvc.perform(post("/admin/organisations")
                        .with(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "ACCESS_TEAM"))
                .andExpect(content().string(containsString("Een toegangsteam hoort bij een gemeente")));
        mvc.perform(post("/admin/organisations")
                        .with(admin)
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "ACCESS_TEAM")
                        .param("municipalityId", municipality.id().toString()))
                .andExpect(redirectedUrl("/admin/organisations"));
        mvc.perform(post("/admin/organisations")
                        .with(admin)
                        .with(csrf())
                        .param("name", name.toUpperCase())
                        .param("kind", "PROVIDER"))
                .andExpect(content().string(containsString("Er is al een organisatie met deze naam.")));

        assertThat(organisations.all())
                .filteredOn(o -> o.name().equalsIgnoreCase(name))
                .hasSize(1);
    }
}
