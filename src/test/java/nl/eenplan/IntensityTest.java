package nl.eenplan;

import java.time.LocalDate;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import nl.eenplan.participation.CoordinationIntensities;
import org.springframework.beans.factory.annotation.Autowired;

/** What the tests of intensive coordination share: an access team for Hanna, and trainings (IMP-5). */
abstract class IntensityTest extends TeamApiTest {

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    StaffTraining training;

    @Autowired
    CoordinationIntensities intensities;

    @Autowired
    MatrixPeople people;

    /** Makes Hanna a member of the access team of the household's municipality. */
    void accessTeam(RolesFixture.World world) {
        var municipality = households.find(world.household()).orElseThrow().municipalityId();
        var team =
                organisations.found("Toegangsteam " + world.familyName(), OrganisationKind.ACCESS_TEAM, municipality);
        organisations.assign(world.hanna().id(), team.id(), StaffRole.ACCESS_TEAM_MEMBER);
    }

    /** IMP-5: records both trainings R-9 asks, as an administrator does. */
    void trained(AccountPrincipal person) {
        var admin = people.account("Beheerder", AccountKind.ADMINISTRATOR);
        for (var kind : TrainingKind.values()) {
            var version = accounts.find(person.id()).orElseThrow().version();
            training.record(admin.id(), person.id(), version, kind, LocalDate.of(2025, 3, 1));
        }
    }
}
