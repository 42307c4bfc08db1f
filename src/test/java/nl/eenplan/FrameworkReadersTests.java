package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * IMP-1: a municipality's frameworks are shown to the professionals working in its households, also
 * when their own organisation belongs to another municipality.
 */
class FrameworkReadersTests extends EenPlanTest {

    @Autowired
    MatrixFixture fixture;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Team team;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName(
            "IMP-1: a professional in the team of a household of the municipality reads its frameworks; a colleague not in it does not")
    void professionalsInItsHouseholdsRead() throws Exception {
        var world = fixture.fresh();
        var municipalityId = jdbc.sql("select municipality_id from household where id = ?")
                .param(world.household())
                .query(UUID.class)
                .single();
        var elsewhere = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Ggz " + UUID.randomUUID(), OrganisationKind.PROVIDER, elsewhere.id());
        var xavier = professional("Xavier Ggz", provider.id());
        var yara = professional("Yara Ggz", provider.id());
        team.add(
                world.household(),
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        "Xavier Ggz",
                        "ggz",
                        Set.of(),
                        null,
                        null,
                        true,
                        false,
                        false,
                        null),
                xavier.id());

        var url = "/api/v1/municipalities/" + municipalityId + "/framework";
        assertThat(status(xavier, url)).isEqualTo(200);
        assertThat(status(yara, url)).isEqualTo(404);
        assertThat(status(world.people().get(Actor.PROFESSIONAL), url)).isEqualTo(200);
        assertThat(status(world.people().get(Actor.CONTACT_POINT), url)).isEqualTo(200);
        assertThat(status(xavier, "/api/v1/municipalities/" + elsewhere.id() + "/framework"))
                .isEqualTo(200);
    }

    private AccountPrincipal professional(String name, UUID organisationId) {
        var account =
                accounts.createActive(uniqueEmail("ggz"), name, AccountKind.STAFF, "een lange zin als wachtwoord");
        organisations.assign(account.id(), organisationId, StaffRole.PROFESSIONAL);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    private int status(AccountPrincipal person, String url) throws Exception {
        var token = tokens.issue(person.id(), "frameworks", ApiScope.READ, 30).secret();
        return mvc.perform(get(url).header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
