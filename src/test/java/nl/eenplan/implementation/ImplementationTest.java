package nl.eenplan.implementation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A municipality with an agenda holder, a provider of it with a manager and a professional, another
 * municipality with its own agenda holder, and an administrator; each with a read-write API token.
 */
abstract class ImplementationTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";
    static final UUID MUNICIPALITY_TEMPLATE = UUID.fromString("6d3c1a10-0000-4000-8000-000000000001");
    static final UUID ORGANISATION_TEMPLATE = UUID.fromString("6d3c1a10-0000-4000-8000-000000000002");
    static final UUID MIDDEN_HOLLAND_TEMPLATE = UUID.fromString("6d3c1a10-0000-4000-8000-000000000003");

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MunicipalFrameworks frameworks;

    @Autowired
    Checklists checklists;

    @Autowired
    ChecklistTemplates templates;

    Organisation municipality;
    Organisation provider;
    Organisation otherMunicipality;
    AccountPrincipal agendaHolder;
    AccountPrincipal manager;
    AccountPrincipal professional;
    AccountPrincipal otherAgendaHolder;
    AccountPrincipal administrator;

    @BeforeEach
    void aMunicipalityWithItsPeople() {
        municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        provider = organisations.found("Jeugdhulp " + UUID.randomUUID(), OrganisationKind.PROVIDER, municipality.id());
        otherMunicipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        agendaHolder = staff("Anna Agenda", municipality, StaffRole.AGENDA_HOLDER);
        manager = staff("Mia Manager", provider, StaffRole.MANAGER);
        professional = staff("Hanna Hulp", provider, StaffRole.PROFESSIONAL);
        otherAgendaHolder = staff("Olaf Elders", otherMunicipality, StaffRole.AGENDA_HOLDER);
        var admin = accounts.createActive(uniqueEmail("beheer"), "Ada Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        administrator = new AccountPrincipal(admin.id(), admin.email(), admin.displayName(), admin.kind());
    }

    AccountPrincipal staff(String name, Organisation organisation, StaffRole role) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisation.id(), role);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    MockHttpServletResponse send(AccountPrincipal person, MockHttpServletRequestBuilder request) throws Exception {
        var token = tokens.issue(person.id(), "implementation", ApiScope.READ_WRITE, 30)
                .secret();
        var response = mvc.perform(
                        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    /** The events this person's actions left in the access log, oldest first. */
    List<String> events(AccountPrincipal person) {
        return jdbc.sql("select event from audit_entry where account_id = ? order by id")
                .param(person.id())
                .query(String.class)
                .list();
    }
}
