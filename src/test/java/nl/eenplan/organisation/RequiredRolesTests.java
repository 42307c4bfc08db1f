package nl.eenplan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.AccountSummary;
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
 * IMP-2: at least one attention officer per organisation and one agenda holder per municipality, as
 * real roles; IMP-5: an administrator records trainings on a person's page.
 */
class RequiredRolesTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory directory;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    StaffRoster roster;

    @Autowired
    StaffTraining training;

    @Autowired
    JdbcClient jdbc;

    private AccountSummary admin;

    @BeforeEach
    void anAdministrator() {
        admin = directory.createActive(uniqueEmail("beheer"), "Bram Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
    }

    @Test
    @DisplayName("IMP-2: the last attention officer of an organisation is not taken away; with a second one he is")
    void theLastAttentionOfficerStays() throws Exception {
        var provider = organisations.found("Zorg " + suffix(), OrganisationKind.PROVIDER, null);
        var first = staff("Anna Aandacht", provider, StaffRole.ATTENTION_OFFICER);
        take(first, provider, StaffRole.ATTENTION_OFFICER)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("laatste aandachtsfunctionaris")))
                .andExpect(content().string(containsString("IMP-2")));
        assertThat(roster.holders(provider.id(), StaffRole.ATTENTION_OFFICER)).hasSize(1);

        staff("Bert Aandacht", provider, StaffRole.ATTENTION_OFFICER);
        take(first, provider, StaffRole.ATTENTION_OFFICER).andExpect(redirectedUrl("/admin/people/" + first.id()));
        assertThat(roster.holders(provider.id(), StaffRole.ATTENTION_OFFICER)).hasSize(1);
    }

    @Test
    @DisplayName("IMP-2: a municipality's last agenda holder stays; other roles go freely")
    void theLastAgendaHolderStays() throws Exception {
        var municipality = organisations.found("Gemeente " + suffix(), OrganisationKind.MUNICIPALITY, null);
        var holder = staff("Alie Agenda", municipality, StaffRole.AGENDA_HOLDER);
        organisations.assign(holder.id(), municipality.id(), StaffRole.MUNICIPAL_CONTACT_POINT);
        take(holder, municipality, StaffRole.AGENDA_HOLDER)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("laatste agendahouder")));
        take(holder, municipality, StaffRole.MUNICIPAL_CONTACT_POINT)
                .andExpect(redirectedUrl("/admin/people/" + holder.id()));
        assertThat(roster.holders(municipality.id(), StaffRole.AGENDA_HOLDER)).hasSize(1);
    }

    @Test
    @DisplayName(
            "IMP-2: organisations without an attention officer and municipalities without an agenda holder are flagged")
    void gapsAreFlagged() throws Exception {
        var municipality = organisations.found("Gemeente " + suffix(), OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Zorg " + suffix(), OrganisationKind.PROVIDER, municipality.id());
        assertThat(roster.gapsOf(municipality.id()))
                .extracting(RoleGap::missing)
                .containsExactly(StaffRole.AGENDA_HOLDER, StaffRole.ATTENTION_OFFICER);
        mvc.perform(get("/admin/organisations").with(asAdmin()))
                .andExpect(content().string(containsString(provider.name() + " heeft geen aandachtsfunctionaris.")))
                .andExpect(content().string(containsString(municipality.name() + " heeft geen agendahouder.")));
        staff("Anna Aandacht", provider, StaffRole.ATTENTION_OFFICER);
        mvc.perform(get("/admin/organisations/{id}", provider.id()).with(asAdmin()))
                .andExpect(content().string(not(containsString("heeft geen aandachtsfunctionaris"))));
        mvc.perform(get("/admin/organisations/{id}", municipality.id()).with(asAdmin()))
                .andExpect(content().string(containsString(municipality.name() + " heeft geen agendahouder.")));
    }

    @Test
    @DisplayName(
            "IMP-5, X-1: an administrator records a training on the version seen; a future date is refused; logged")
    void trainingsAreRecorded() throws Exception {
        var provider = organisations.found("Zorg " + suffix(), OrganisationKind.PROVIDER, null);
        var person = staff("Rob Regisseur", provider, StaffRole.PROFESSIONAL);
        mvc.perform(post("/admin/people/{id}/trainings", person.id())
                        .param("kind", "METHOD_BASIC")
                        .param("completedOn", LocalDate.now().plusDays(3).toString())
                        .param("version", String.valueOf(version(person.id())))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ligt in de toekomst")));
        assertThat(training.of(person.id())).isEmpty();
        var seen = version(person.id());
        for (var kind : List.of("METHOD_BASIC", "CHAIRING")) {
            mvc.perform(post("/admin/people/{id}/trainings", person.id())
                            .param("kind", kind)
                            .param("completedOn", "2025-03-01")
                            .param("version", String.valueOf(version(person.id())))
                            .with(asAdmin())
                            .with(csrf()))
                    .andExpect(redirectedUrl("/admin/people/" + person.id()));
        }
        assertThat(training.trainedToCoordinate(person.id())).isTrue();
        mvc.perform(post("/admin/people/{id}/trainings/remove", person.id())
                        .param("kind", "CHAIRING")
                        .param("version", String.valueOf(seen))
                        .with(asAdmin())
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/admin/people/{id}", person.id()).with(asAdmin()))
                .andExpect(content().string(containsString("Training voorzitten van een overleg")));
        assertThat(jdbc.sql("select event from audit_entry where subject_type = 'account' and subject_id = ?")
                        .param(person.id().toString())
                        .query(String.class)
                        .list())
                .containsSubsequence("STAFF_TRAINING_RECORDED", "STAFF_TRAINING_RECORDED");
    }

    private org.springframework.test.web.servlet.ResultActions take(
            AccountSummary person, Organisation organisation, StaffRole role) throws Exception {
        return mvc.perform(post("/admin/people/{id}/roles/remove", person.id())
                .param("organisationId", organisation.id().toString())
                .param("role", role.name())
                .param("version", String.valueOf(version(person.id())))
                .with(asAdmin())
                .with(csrf()));
    }

    private AccountSummary staff(String name, Organisation organisation, StaffRole role) {
        var person = directory.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(person.id(), organisation.id(), role);
        return person;
    }

    private int version(UUID accountId) {
        return directory.find(accountId).orElseThrow().version();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private RequestPostProcessor asAdmin() {
        var principal = new AccountPrincipal(admin.id(), admin.email(), admin.displayName(), admin.kind());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
    }
}
