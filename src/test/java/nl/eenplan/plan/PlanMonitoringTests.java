package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.HouseholdFacts;
import nl.eenplan.monitoring.PlanMonitoring;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MON-1: monitoring learns of a plan's start and closing from the plan's events alone; its listeners
 * run after the change committed, on their own thread, so the test waits.
 */
class PlanMonitoringTests extends EenPlanTest {

    @Autowired
    CaseOpening cases;

    @Autowired
    PlanAccess access;

    @Autowired
    PlanClosing planClosing;

    @Autowired
    PlanMonitoring monitoring;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Test
    @DisplayName("MON-1, H-4, R-7: a plan started, closed and started anew is followed by monitoring's read model")
    void monitoringFollowsThePlan() {
        var municipality = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        var account = accounts.createActive(uniqueEmail("hulp"), "Hanna Hulp", AccountKind.STAFF, "een lange zin hier");
        organisations.assign(account.id(), municipality.id(), StaffRole.PROFESSIONAL);
        var professional = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
        var household = cases.open(
                professional,
                new NewHousehold(
                        "Gezin Jansen",
                        municipality.id(),
                        "Lindelaan 1",
                        "1234 AB",
                        "Voorbeeldstad",
                        List.of(NewMember.born("Fatima", "Jansen", LocalDate.of(1988, 3, 1), "moeder"))));
        shareWholePlanWith(household, professional.id());
        var viewer = access.viewer(household, professional);

        var started =
                eventually(household, facts -> assertThat(facts.planStartedAt()).isNotNull());
        assertThat(started.planClosedAt()).isNull();

        planClosing.close(household, viewer, 0, CloseReason.WOUND_DOWN);
        eventually(household, facts -> {
            assertThat(facts.planId()).isEqualTo(started.planId());
            assertThat(facts.planClosedAt()).isNotNull();
        });

        var next = planClosing.startNew(household, viewer);
        eventually(household, facts -> {
            assertThat(facts.planId()).isEqualTo(next);
            assertThat(facts.planClosedAt()).isNull();
        });
    }

    private HouseholdFacts eventually(UUID household, Consumer<HouseholdFacts> check) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> monitoring.ofHousehold(household), facts -> {
                    if (facts.isEmpty()) {
                        return false;
                    }
                    try {
                        check.accept(facts.get());
                        return true;
                    } catch (AssertionError notYet) {
                        return false;
                    }
                })
                .orElseThrow();
    }
}
