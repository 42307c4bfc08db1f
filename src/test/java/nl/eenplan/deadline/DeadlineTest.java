package nl.eenplan.deadline;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.testing.EenPlanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A family with deadlines, built through the domain's own services: Hanna Hulp, a professional who
 * registered the family, and Sanne, the mother, who logs in.
 */
abstract class DeadlineTest extends EenPlanTest {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    CaseOpening cases;

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanAccess access;

    @Autowired
    Team team;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ReminderPreferences preferences;

    @Autowired
    JdbcClient jdbc;

    /** The household, its name, and the people with their participant ids. */
    record Family(
            UUID household,
            String name,
            AccountPrincipal hanna,
            UUID hannaParticipant,
            AccountPrincipal sanne,
            UUID sanneParticipant) {}

    Family family() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        var provider = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var hanna = person("Hanna Hulp", AccountKind.STAFF);
        organisations.assign(hanna.id(), provider.id(), StaffRole.PROFESSIONAL);
        var name = "Gezin Jansen" + suffix;
        var household = cases.open(
                hanna,
                new NewHousehold(
                        name,
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(NewMember.born("Sanne", "Jansen" + suffix, LocalDate.of(1988, 4, 2), "moeder"))));
        // C-1: Sanne consents to sharing her plan with Hanna, who registered the family.
        shareWholePlanWith(household, hanna.id());
        var sanne = person("Sanne Jansen" + suffix, AccountKind.CITIZEN);
        var mother = team.of(household).stream()
                .filter(p -> p.kind() == ParticipantKind.HOUSEHOLD_MEMBER)
                .findFirst()
                .orElseThrow();
        team.linkAccount(mother.id(), sanne.id());
        var hannaParticipant = team.participationOf(household, hanna.id()).orElseThrow();
        return new Family(household, name, hanna, hannaParticipant.id(), sanne, mother.id());
    }

    AccountPrincipal person(String name, AccountKind kind) {
        var account = accounts.createActive(uniqueEmail("persoon"), name, kind, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    UUID goal(Family family, String title) {
        return planEditing.addGoal(
                family.household(), access.viewer(family.household(), family.hanna()), version(family), title);
    }

    /** An action with this target date, evaluated on {@code evaluation}, done by these participants. */
    UUID action(Family family, UUID goal, String what, LocalDate target, LocalDate evaluation, UUID... who) {
        var start = (target.isBefore(evaluation) ? target : evaluation).minusWeeks(4);
        return planEditing.addAction(
                family.household(),
                access.viewer(family.household(), family.hanna()),
                version(family),
                goal,
                new NewAction(what, Set.of(who), start, target, evaluation));
    }

    int version(Family family) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(family.household())
                .query(Integer.class)
                .single();
    }

    static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), DutchTime.ZONE).toInstant();
    }

    static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }
}
