package nl.eenplan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Administrators find people, change their staff roles, switch accounts off and on and disconnect a
 * lost app; every search, look and change is logged and a change on an old version is refused.
 */
class PeopleAdministrationTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private AccountSummary admin;

    @BeforeEach
    void anAdministrator() {
        admin = directory.createActive(uniqueEmail("beheer"), "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
    }

    @Test
    @DisplayName("X-1: searching people by name or e-mail address finds them and is logged with the search text")
    void searchingIsLogged() throws Exception {
        var name = "Zoekbaar " + UUID.randomUUID().toString().substring(0, 6);
        var email = uniqueEmail("zoek");
        directory.createActive(email, name, AccountKind.CITIZEN, PASSWORD);

        mvc.perform(get("/admin/people").param("q", name.toUpperCase()).with(asAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(not(containsString(admin.email()))));
        mvc.perform(get("/admin/people").param("q", email.substring(0, 12)).with(asAdmin()))
                .andExpect(content().string(containsString(name)));

        assertThat(jdbc.sql("select detail from audit_entry where account_id = ? and event = 'PEOPLE_SEARCHED'")
                        .param(admin.id())
                        .query(String.class)
                        .list())
                .contains(name.toUpperCase() + " (1)");
    }

    @Test
    @DisplayName("X-1: a switched-off account cannot log in, its sessions end and its API tokens stop; logged")
    void deactivatingEndsSessionsAndTokens() throws Exception {
        var email = uniqueEmail("netwerk");
        var person = directory.createActive(email, "Nina Netwerk", AccountKind.CITIZEN, PASSWORD);
        var session = SessionCookie.logIn(mvc, email, PASSWORD, "/");
        var token = tokens.issue(person.id(), "koppeling", ApiScope.READ, 30).secret();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        mvc.perform(post("/admin/people/{id}/deactivate", person.id())
                        .param("version", "99")
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft dit account net gewijzigd")));
        mvc.perform(get("/").with(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/people/{id}/deactivate", person.id())
                        .param("version", String.valueOf(version(person.id())))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + person.id()));

        mvc.perform(get("/").with(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=failed"));
        assertThat(events(person.id())).contains("ACCOUNT_DEACTIVATED");

        mvc.perform(post("/admin/people/{id}/reactivate", person.id())
                        .param("version", String.valueOf(version(person.id())))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + person.id()));
        SessionCookie.logIn(mvc, email, PASSWORD, "/");
        assertThat(events(person.id())).contains("ACCOUNT_READ", "ACCOUNT_REACTIVATED");
    }

    @Test
    void anAdministratorCannotSwitchOffHimself() throws Exception {
        mvc.perform(post("/admin/people/{id}/deactivate", admin.id())
                        .param("version", String.valueOf(version(admin.id())))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("U kunt uw eigen account niet uitzetten.")));
        assertThat(directory.find(admin.id()).orElseThrow().deactivated()).isFalse();
    }

    @Test
    @DisplayName(
            "X-1: disconnecting a lost app ends the sessions, mails the person, is logged, and the app is set up again at login")
    void resettingTheSecondFactor() throws Exception {
        var email = uniqueEmail("hulp");
        var person = directory.createActive(email, "Hanna Hulp", AccountKind.STAFF, PASSWORD);
        var session = enrolledStaffSession(email);
        mvc.perform(get("/").with(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/people/{id}/second-factor/reset", person.id())
                        .param("version", String.valueOf(version(person.id())))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + person.id()));

        mvc.perform(get("/").with(session)).andExpect(status().is3xxRedirection());
        assertThat(awaitMailTo(email).getSubject()).isEqualTo("Uw app voor inloggen is losgekoppeld");
        assertThat(events(person.id())).contains("SECOND_FACTOR_RESET");
        assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ?")
                        .param(person.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        var again = SessionCookie.logIn(mvc, email, PASSWORD, "/login/second-factor");
        mvc.perform(get("/login/second-factor").with(again))
                .andExpect(content().string(containsString("Beveilig uw account met een app")));
    }

    @Test
    @DisplayName("X-1: giving and taking a staff role is logged and refused on an old version")
    void givingAndTakingRoles() throws Exception {
        var person = directory.createActive(uniqueEmail("manager"), "Mo Manager", AccountKind.STAFF, PASSWORD);
        var provider = organisations.found(
                "Zorg " + UUID.randomUUID().toString().substring(0, 6), OrganisationKind.PROVIDER, null);
        var seen = version(person.id());

        mvc.perform(post("/admin/people/{id}/roles", person.id())
                        .param("organisationId", provider.id().toString())
                        .param("role", "MANAGER")
                        .param("version", String.valueOf(seen))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + person.id()));
        assertThat(organisations.membershipsOf(person.id())).anyMatch(m -> m.role() == StaffRole.MANAGER);

        mvc.perform(post("/admin/people/{id}/roles/remove", person.id())
                        .param("organisationId", provider.id().toString())
                        .param("role", "MANAGER")
                        .param("version", String.valueOf(seen))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(organisations.membershipsOf(person.id())).hasSize(1);

        mvc.perform(post("/admin/people/{id}/roles/remove", person.id())
                        .param("organisationId", provider.id().toString())
                        .param("role", "MANAGER")
                        .param("version", String.valueOf(version(person.id())))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + person.id()));
        assertThat(organisations.membershipsOf(person.id())).isEmpty();
        assertThat(events(person.id())).contains("STAFF_ROLE_GIVEN", "STAFF_ROLE_TAKEN");
    }

    @Test
    @DisplayName("X-1: an organisation is renamed on the version seen; an access team keeps its municipality")
    void editingAnOrganisation() throws Exception {
        var municipality = organisations.found(
                "Gemeente " + UUID.randomUUID().toString().substring(0, 6), OrganisationKind.MUNICIPALITY, null);
        var team = organisations.found(
                "Toegang " + UUID.randomUUID().toString().substring(0, 6),
                OrganisationKind.ACCESS_TEAM,
                municipality.id());
        var newName = "Wijkteam " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/admin/organisations/{id}", team.id())
                        .param("name", newName)
                        .param("municipalityId", "")
                        .param("version", String.valueOf(team.version()))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/organisations/{id}", team.id())
                        .param("name", newName)
                        .param("municipalityId", municipality.id().toString())
                        .param("version", String.valueOf(team.version()))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/organisations"));
        assertThat(organisations.find(team.id()).orElseThrow().name()).isEqualTo(newName);

        mvc.perform(post("/admin/organisations/{id}", team.id())
                        .param("name", "Iets anders")
                        .param("municipalityId", municipality.id().toString())
                        .param("version", String.valueOf(team.version()))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(newName)));
        assertThat(organisations.find(team.id()).orElseThrow().name()).isEqualTo(newName);
        assertThat(jdbc.sql("select count(*) from audit_entry where event = 'ORGANISATION_EDITED' and subject_id = ?")
                        .param(team.id().toString())
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    private SessionCookie enrolledStaffSession(String email) throws Exception {
        var session = SessionCookie.logIn(mvc, email, PASSWORD, "/login/second-factor");
        var secret =
                LoginTests.secretShownOn(mvc.perform(get("/login/second-factor").with(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return session.update(mvc.perform(post("/login/second-factor")
                        .with(session)
                        .with(csrf())
                        .param("code", SecondFactor.codeAt(secret, Instant.now())))
                .andExpect(status().isOk())
                .andReturn());
    }

    private int version(UUID accountId) {
        return directory.find(accountId).orElseThrow().version();
    }

    private List<String> events(UUID accountId) {
        return jdbc.sql("select event from audit_entry where subject_type = 'account' and subject_id = ? order by id")
                .param(accountId.toString())
                .query(String.class)
                .list();
    }

    private RequestPostProcessor asAdmin() {
        var principal = new AccountPrincipal(admin.id(), admin.email(), admin.displayName(), admin.kind());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
    }
}
