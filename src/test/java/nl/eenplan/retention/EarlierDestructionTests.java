package nl.eenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanClosing;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * earlier destruction on request of a youth of 12 or older or a parent with parental authority,
 * decided by the coordinator with reasons. The family: Sanne (mother, with authority over both
 * children), Lisa (12 today), Noah (10) and grandpa Kees, who lives with them; Hanna coordinates.
 */
class EarlierDestructionTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    DestructionRequests requests;

    @Autowired
    DestructionRecords records;

    @Autowired
    CaseOpening cases;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Team team;

    @Autowired
    Coordinations coordinations;

    @Autowired
    PlanAccess access;

    @Autowired
    PlanClosing planClosing;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    private UUID household;
    private AccountPrincipal hanna;
    private AccountPrincipal sanne;
    private AccountPrincipal lisa;
    private AccountPrincipal noah;
    private AccountPrincipal kees;

    @BeforeEach
    void aFamilyWithATwelveYearOld() {
        var today = LocalDate.now(DutchTime.ZONE);
        var municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        hanna = person("Hanna Hulp", AccountKind.STAFF);
        organisations.assign(hanna.id(), municipality.id(), StaffRole.PROFESSIONAL);
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin de Vries",
                        municipality.id(),
                        "Lindelaan 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", "de Vries", LocalDate.of(1985, 6, 1), "moeder"),
                                NewMember.born("Lisa", "de Vries", today.minusYears(12), "dochter"),
                                NewMember.born("Noah", "de Vries", today.minusYears(10), "zoon"),
                                NewMember.born("Kees", "de Vries", LocalDate.of(1950, 2, 3), "opa"))));
        var members = households.members(household);
        households.grantParentalAuthority(members.get(1).id(), members.get(0).id());
        households.grantParentalAuthority(members.get(2).id(), members.get(0).id());
        sanne = citizen(members.get(0).id(), "Sanne de Vries");
        lisa = citizen(members.get(1).id(), "Lisa de Vries");
        noah = citizen(members.get(2).id(), "Noah de Vries");
        kees = citizen(members.get(3).id(), "Kees de Vries");
        shareWholePlanWith(household, hanna.id());
        var coordinator = team.participationOf(household, hanna.id()).orElseThrow();
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        coordinator.id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);
    }

    @Test
    @DisplayName(
            "X-6, H-4: Lisa, 12, asks for earlier destruction; once the plan is closed the coordinator grants it with reasons and the file is destroyed")
    void aTwelveYearOldsRequestGranted() {
        var request = requests.request(household, lisa, "Ik wil niet dat dit bewaard blijft");
        assertThat(requests.of(household, hanna)).singleElement().satisfies(r -> {
            assertThat(r.entitlement()).isEqualTo("YOUTH");
            assertThat(r.decided()).isFalse();
        });
        assertRefused(
                () -> requests.decide(household, request, hanna, 0, true, "Geen bezwaar"),
                "retention.decide.closePlanFirst");

        closePlan();
        requests.decide(household, request, hanna, 0, true, "Geen belang van anderen bij bewaren");

        var record = records.of(household).orElseThrow();
        assertThat(record.basis()).isEqualTo(DestructionBasis.REQUEST_GRANTED);
        assertThat(record.requestedOn()).isEqualTo(LocalDate.now(DutchTime.ZONE));
        assertThat(record.decidedOn()).isEqualTo(LocalDate.now(DutchTime.ZONE));
        assertThat(record.rowCounts())
                .containsEntry("destruction_request", 1)
                .containsEntry("household_member", 4)
                .containsEntry("plan", 1);
        assertThat(households.find(household)).isEmpty();
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isZero();
        assertThat(count("select count(*) from participant where household_id = ?"))
                .isZero();
        assertThat(events("DESTRUCTION_REQUESTED", "DESTRUCTION_DECIDED", "HOUSEHOLD_DESTROYED"))
                .isEqualTo(3);
    }

    @Test
    @DisplayName(
            "X-6: the coordinator refuses Lisa's request, with reasons; the file stays and the refusal is recorded")
    void aTwelveYearOldsRequestRefused() {
        closePlan();
        var request = requests.request(household, lisa, "Weg ermee");
        requests.decide(household, request, hanna, 0, false, "Noah heeft het dossier nog nodig");

        assertThat(requests.of(household, hanna)).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo("REFUSED");
            assertThat(r.decisionReasons()).isEqualTo("Noah heeft het dossier nog nodig");
            assertThat(r.decidedAt()).isNotNull();
        });
        assertThat(households.find(household)).isPresent();
        assertThat(records.of(household)).isEmpty();
        assertRefused(
                () -> requests.decide(household, request, hanna, 1, true, "Toch wel"),
                "retention.decide.alreadyDecided");
    }

    @Test
    @DisplayName(
            "X-6: Noah (10), grandpa Kees (no parental authority) and the professional may not ask; Sanne, a parent with authority, may")
    void whoMayAsk() {
        assertRefused(() -> requests.request(household, noah, "Weg"), "retention.request.notEntitled");
        assertRefused(() -> requests.request(household, kees, "Weg"), "retention.request.notEntitled");
        assertRefused(() -> requests.request(household, hanna, "Weg"), "retention.request.notEntitled");
        assertRefused(() -> requests.request(household, sanne, "  "), "retention.request.reasonsRequired");
        assertThat(count("select count(*) from destruction_request where household_id = ?"))
                .isZero();

        requests.request(household, sanne, "Wij willen opnieuw beginnen");
        assertThat(requests.of(household, hanna))
                .singleElement()
                .satisfies(r -> assertThat(r.entitlement()).isEqualTo("PARENT"));
    }

    @Test
    @DisplayName("X-6: only the coordinator decides: Sanne cannot grant her own request, nor another professional")
    void onlyTheCoordinatorDecides() {
        closePlan();
        var request = requests.request(household, sanne, "Wij willen opnieuw beginnen");
        var other = person("Piet Anders", AccountKind.STAFF);
        assertRefused(() -> requests.decide(household, request, sanne, 0, true, "Ja"), "retention.decide.notEntitled");
        assertRefused(() -> requests.decide(household, request, other, 0, true, "Ja"), "retention.decide.notEntitled");
        assertRefused(() -> requests.of(household, sanne), "retention.decide.notEntitled");
        assertRefused(
                () -> requests.decide(household, request, hanna, 0, true, " "), "retention.decide.reasonsRequired");
        assertThat(households.find(household)).isPresent();
    }

    private void closePlan() {
        var version = jdbc.sql("select version from plan where household_id = ? and status <> 'CLOSED'")
                .param(household)
                .query(Integer.class)
                .single();
        planClosing.close(household, access.viewer(household, hanna), version, CloseReason.HANDED_OVER);
    }

    private int count(String sql) {
        return jdbc.sql(sql).param(household).query(Integer.class).single();
    }

    private int events(String... names) {
        return jdbc.sql("select count(*) from audit_entry where household_id = ? and event = any (?)")
                .params(household, names)
                .query(Integer.class)
                .single();
    }

    private AccountPrincipal citizen(UUID memberId, String name) {
        var person = person(name, AccountKind.CITIZEN);
        households.linkAccount(memberId, person.id());
        return person;
    }

    private AccountPrincipal person(String name, AccountKind kind) {
        var account = accounts.createActive(uniqueEmail("persoon"), name, kind, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    private static void assertRefused(Runnable call, String reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DestructionRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
