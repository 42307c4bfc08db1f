package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
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
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlanUseCasesIntegrationTests extends EenPlanTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    CaseOpening cases;

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanReading planReading;

    @Autowired
    PlanVersions planVersions;

    @Autowired
    GoalEvaluation goalEvaluation;

    @Autowired
    PlanEstablishing planEstablishing;

    @Autowired
    PlanClosing planClosing;

    @Autowired
    PlanAccess access;

    @Autowired
    Team team;

    @Autowired
    Coordinations coordinations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    private AccountPrincipal professional;
    private UUID household;
    private Viewer viewer;

    @BeforeEach
    void aRegisteredHousehold() {
        var municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        var account = accounts.createActive(uniqueEmail("hulp"), "Hanna Hulp", AccountKind.STAFF, "een lange zin hier");
        organisations.assign(account.id(), municipality.id(), StaffRole.PROFESSIONAL);
        professional = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
        household = cases.open(
                professional,
                new NewHousehold(
                        "Gezin Jansen",
                        municipality.id(),
                        "Lindelaan 1",
                        "1234 AB",
                        "Voorbeeldstad",
                        List.of(NewMember.born("Fatima", "Jansen", LocalDate.of(1988, 3, 1), "moeder"))));
        // C-1: Fatima consents to sharing her plan with the professional who registered her.
        shareWholePlanWith(household, professional.id());
        viewer = access.viewer(household, professional);
    }

    @Test
    @DisplayName("H-1, H-2, H-4: registering a household opens one draft plan with the professional in the team")
    void registeringOpensADraftPlan() {
        var plan = planReading.current(household, viewer);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(team.of(household))
                .extracting(p -> p.kind())
                .containsExactlyInAnyOrder(ParticipantKind.HOUSEHOLD_MEMBER, ParticipantKind.PROFESSIONAL);
        assertThatThrownBy(() -> planClosing.startNew(household, viewer))
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo("plan.start.oneCurrentPlan"));
    }

    @Test
    @DisplayName("PL-9: establishing freezes numbered versions; a later change makes a new version")
    void establishingMakesNumberedFrozenVersions() {
        var goal = planEditing.addGoal(household, viewer, 0, "Sara gaat weer elke dag naar school");
        planEditing.addAction(household, viewer, 1, goal, action("Wekker en ontbijtplan maken"));
        assertThatThrownBy(() -> planEstablishing.establish(household, viewer, 2))
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo("plan.establish.noCoordinator"));

        coordinateByProfessional();
        assertThat(planEstablishing.establish(household, viewer, 2)).isEqualTo(1);
        planEditing.addGoal(household, viewer, 3, "Schulden op een rij");
        assertThat(planEstablishing.establish(household, viewer, 4)).isEqualTo(2);

        var versions = planVersions.versions(household, viewer);
        assertThat(versions).extracting(PlanSnapshot::number).containsExactly(1, 2);
        assertThat(versions.get(0).goals()).hasSize(1);
        assertThat(versions.get(1).goals()).hasSize(2);
        assertThat(versions.get(0).coordinator()).isEqualTo("Hanna Hulp");
        assertThat(versions.get(0).goals().getFirst().actions().getFirst().who())
                .isEqualTo("Hanna Hulp");
    }

    @Test
    @DisplayName("A second save on an outdated version is refused and changes nothing")
    void aStaleSaveIsRefused() {
        planEditing.addGoal(household, viewer, 0, "Eerste doel");

        assertThatThrownBy(() -> planEditing.addGoal(household, viewer, 0, "Tweede doel"))
                .isInstanceOfSatisfying(
                        PlanChangedMeanwhile.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(1));
        assertThat(planReading.current(household, viewer).goals())
                .extracting(Goal::title)
                .containsExactly("Eerste doel");
    }

    @Test
    @DisplayName("X-1: someone who does not take part is told the plan does not exist")
    void aNonParticipantSeesNothing() {
        var stranger = accounts.createActive(uniqueEmail("vreemd"), "Vreemd", AccountKind.STAFF, "een lange zin hier");
        var principal = new AccountPrincipal(stranger.id(), stranger.email(), stranger.displayName(), stranger.kind());

        assertThatThrownBy(() -> access.viewer(household, principal)).isInstanceOf(PlanNotFound.class);
        assertThatThrownBy(() -> access.viewer(UUID.randomUUID(), professional)).isInstanceOf(PlanNotFound.class);
    }

    @Test
    @DisplayName("X-5: a network member sees the plan of approach with only their own actions, and cannot edit")
    void aNetworkMemberSeesOnlyTheirOwnActions() {
        var grandma = accounts.createActive(uniqueEmail("oma"), "Oma", AccountKind.CITIZEN, "een lange zin hier");
        var grandmaParticipant = team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        "Oma",
                        "oma van Sara",
                        Set.of(),
                        null,
                        null,
                        true,
                        false,
                        false,
                        null),
                grandma.id());
        var goal = planEditing.addGoal(household, viewer, 0, "Rust in huis");
        planEditing.addAction(household, viewer, 1, goal, action("Professionele hulp"));
        planEditing.addAction(
                household,
                viewer,
                2,
                goal,
                new NewAction(
                        "Oppassen op woensdag",
                        Set.of(grandmaParticipant.id()),
                        START,
                        START.plusWeeks(4),
                        START.plusWeeks(6)));
        var grandmaViewer = access.viewer(
                household, new AccountPrincipal(grandma.id(), grandma.email(), "Oma", AccountKind.CITIZEN));

        var seen = planReading.current(household, grandmaViewer);
        assertThat(seen.goals().getFirst().actions()).extracting(Action::what).containsExactly("Oppassen op woensdag");
        assertThat(seen.firstAgreements()).isEmpty();
        assertThatThrownBy(() -> planEditing.addGoal(household, grandmaViewer, 3, "Eigen doel"))
                .isInstanceOf(PlanNotFound.class);

        coordinateByProfessional();
        planEstablishing.establish(household, viewer, 3);
        var version = planVersions.versions(household, grandmaViewer).getFirst();
        assertThat(version.participants())
                .as("X-5: no team details in a version for the network")
                .isEmpty();
        assertThat(version.goals().getFirst().actions())
                .extracting(PlanSnapshot.ActionLine::what)
                .containsExactly("Oppassen op woensdag");
    }

    @Test
    @DisplayName("X-1: every read and write of the plan is in the access log, with the household")
    void readsAndWritesAreLogged() {
        planEditing.addGoal(household, viewer, 0, "Doel");
        planReading.current(household, viewer);

        var events = jdbc.sql("select event from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, professional.id())
                .query(String.class)
                .list();
        assertThat(events).contains("HOUSEHOLD_REGISTERED", "PLAN_GOAL_ADDED", "PLAN_READ");
    }

    @Test
    @DisplayName("G-3: a reached goal closes; R-7 the plan closes when care is wound down")
    void aReachedGoalClosesAndThePlanCanEnd() {
        var goal = planEditing.addGoal(household, viewer, 0, "Sara slaapt weer goed");
        goalEvaluation.evaluate(
                household,
                viewer,
                1,
                goal,
                new EvaluationAnswers(START, true, null, null, null, null, null, null, "Ze slaapt weer door"));

        assertThat(planReading
                        .current(household, viewer)
                        .goal(goal)
                        .orElseThrow()
                        .status())
                .isEqualTo(GoalStatus.REACHED);
        planClosing.close(household, viewer, 2, CloseReason.WOUND_DOWN);
        assertThat(planReading.current(household, viewer).closed()).isTrue();
        assertThatThrownBy(() -> planEditing.addGoal(household, viewer, 3, "Nog een doel"))
                .isInstanceOf(PlanRefused.class);
        assertThat(planClosing.startNew(household, viewer)).isNotNull();
    }

    @Test
    @DisplayName("R-7: a closed plan can only be read; marking an action done says so")
    void aClosedPlanIsReadOnly() {
        var goal = planEditing.addGoal(household, viewer, 0, "Werk vinden");
        var action = planEditing.addAction(household, viewer, 1, goal, action("Sollicitatiebrief schrijven"));
        planClosing.close(household, viewer, 2, CloseReason.HANDED_OVER);

        assertThatThrownBy(() -> planEditing.markActionDone(household, viewer, 3, action))
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo("plan.closed"));
    }

    private void coordinateByProfessional() {
        var me = team.participationOf(household, professional.id()).orElseThrow();
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        me.id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                0,
                professional.id(),
                false);
    }

    private NewAction action(String what) {
        var me = team.participationOf(household, professional.id()).orElseThrow();
        return new NewAction(what, Set.of(me.id()), START, START.plusWeeks(4), START.plusWeeks(6));
    }
}
