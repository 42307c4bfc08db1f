package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** IMP-1, MON-1: an administrator keeps the regions of the regional dashboard on a page. */
@DisplayName("IMP-1, MON-1: regions kept by an administrator")
class RegionPagesTests extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    Regions regions;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(AccountPrincipal person) {
        var role = person.kind() == AccountKind.ADMINISTRATOR ? "ROLE_ADMINISTRATOR" : "ROLE_STAFF";
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(role))));
    }

    AccountPrincipal person(String name, AccountKind kind) {
        var account = accounts.createActive(uniqueEmail("regio"), name, kind, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    @Test
    @DisplayName(
            "IMP-1, MON-1, X-1: make, rename and fill a region; a municipality chosen again moves and the page says so; logged")
    void makeRenameAndFill() throws Exception {
        var admin = person("Ada Beheer", AccountKind.ADMINISTRATOR);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var gouda = organisations.found("Gouda " + suffix, OrganisationKind.MUNICIPALITY, null);
        var waddinxveen = organisations.found("Waddinxveen " + suffix, OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Jeugdhulp " + suffix, OrganisationKind.PROVIDER, gouda.id());
        var old = regions.group("Oud " + suffix, List.of(waddinxveen.id()));

        var made = mvc.perform(
                        post("/admin/regions").with(as(admin)).with(csrf()).param("name", "  Midden " + suffix))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(made.substring(made.lastIndexOf('/') + 1));
        assertThat(regions.find(id).name()).isEqualTo("Midden " + suffix);
        mvc.perform(get("/admin/regions/" + id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoort nu bij regio Oud " + suffix)))
                .andExpect(content().string(not(containsString("Jeugdhulp " + suffix))));

        mvc.perform(post("/admin/regions/" + id + "/name")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "Midden-Holland " + suffix)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/regions/" + id + "/municipalities")
                        .with(as(admin))
                        .with(csrf())
                        .param(
                                "municipality",
                                gouda.id().toString(),
                                waddinxveen.id().toString())
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("moves"))
                        .isEqualTo(List.of(List.of("Waddinxveen " + suffix, "Oud " + suffix))));
        var region = regions.find(id);
        assertThat(region.name()).isEqualTo("Midden-Holland " + suffix);
        assertThat(region.version()).isEqualTo(2);
        assertThat(region.municipalities()).containsExactlyInAnyOrder(gouda.id(), waddinxveen.id());
        assertThat(regions.find(old).municipalities()).isEmpty();
        mvc.perform(get("/admin/regions").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Midden-Holland " + suffix)));

        assertThat(jdbc.sql("select event from audit_entry where account_id = ? order by id")
                        .param(admin.id())
                        .query(String.class)
                        .list())
                .containsExactly("REGION_CREATED", "REGION_RENAMED", "REGION_MUNICIPALITIES_SET");
    }

    @Test
    @DisplayName(
            "IMP-1: a stale version, a taken or empty name and a non-municipality are refused in Dutch, nothing stored")
    void refusals() throws Exception {
        var admin = person("Ada Beheer", AccountKind.ADMINISTRATOR);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var gouda = organisations.found("Gouda " + suffix, OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Jeugdhulp " + suffix, OrganisationKind.PROVIDER, gouda.id());
        var id = regions.group("Regio " + suffix, List.of());
        regions.group("Andere " + suffix, List.of());

        mvc.perform(post("/admin/regions/" + id + "/name")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "Nieuw " + suffix)
                        .param("version", "7"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft deze regio net veranderd.")));
        mvc.perform(post("/admin/regions/" + id + "/name")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "andere " + suffix)
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Er is al een regio met deze naam.")));
        mvc.perform(post("/admin/regions").with(as(admin)).with(csrf()).param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Vul een naam in voor de regio.")));
        mvc.perform(post("/admin/regions").with(as(admin)).with(csrf()).param("name", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Gebruik hoogstens 100 tekens")));
        for (var hostile : List.of(provider.id().toString(), "geen-id")) {
            mvc.perform(post("/admin/regions/" + id + "/municipalities")
                            .with(as(admin))
                            .with(csrf())
                            .param("municipality", hostile)
                            .param("version", "0"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Kies alleen gemeenten uit de lijst.")));
        }
        mvc.perform(get("/admin/regions/" + UUID.randomUUID()).with(as(admin))).andExpect(status().isNotFound());
        var region = regions.find(id);
        assertThat(region.name()).isEqualTo("Regio " + suffix);
        assertThat(region.version()).isZero();
        assertThat(region.municipalities()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and event like 'REGION%'")
                        .param(admin.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        var staff = person("Anna Agenda", AccountKind.STAFF);
        mvc.perform(get("/admin/regions").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/regions").with(as(staff)).with(csrf()).param("name", "Stiekem " + suffix))
                .andExpect(status().isForbidden());
    }
}
