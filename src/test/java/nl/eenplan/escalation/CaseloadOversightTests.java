package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.eenplan.caseload.CaseFilter;
import nl.eenplan.caseload.CaseQuery;
import nl.eenplan.caseload.CaseRow;
import nl.eenplan.caseload.CaseView;
import nl.eenplan.caseload.Caseload;
import nl.eenplan.caseload.PlanState;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E-2..E-4, X-1: under "Mijn gezinnen" managers and municipal contact points find the households they oversee
 * through an open escalation, as on their overview of escalations, and nothing of the plan.
 */
class CaseloadOversightTests extends EscalationTest {

    @Autowired
    Caseload caseload;

    @Test
    @DisplayName("E-2..E-4: the managers and the contact point find the household of an open escalation by its name,"
            + " with its escalations and nothing of the plan; an unrelated manager finds nothing")
    void overseersFindTheHouseholdsOfTheirEscalations() {
        for (var overseer : new AccountPrincipal[] {mia, bram, carla, otherManager}) {
            assertThat(caseload.find(overseer, CaseQuery.everything()).rows()).isEmpty();
        }
        var e = petersEscalation();

        for (var overseer : new AccountPrincipal[] {mia, bram, carla}) {
            var rows = caseload.find(overseer, CaseQuery.everything()).rows();
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.householdId()).isEqualTo(household);
                assertThat(row.view()).isEqualTo(CaseView.ESCALATION);
                assertThat(row.openEscalations()).isEqualTo(1);
                assertThat(row.showsFacts()).isFalse();
                assertThat(row.planState()).isNull();
                assertThat(row.coordinator()).isNull();
                assertThat(row.link()).isEqualTo("/households/" + household + "/escalations");
            });
        }
        assertThat(caseload.find(otherManager, CaseQuery.everything()).rows()).isEmpty();
        assertThat(auditBasesOf(carla)).containsExactly("escalation:" + e.id());
    }

    @Test
    @DisplayName("X-1: an overseer's search answers on the household's name and the escalation filter only; a member's"
            + " name, a date of birth or a filter on the plan never finds it")
    void anOverseerFindsNothingThroughThePlanOrTheMembers() {
        petersEscalation();
        assertThat(names(carla, new CaseQuery(familyName, null, Set.of(), null, 1)))
                .containsExactly("Gezin " + familyName);
        assertThat(names(carla, new CaseQuery("", null, Set.of(CaseFilter.ESCALATION), null, 1)))
                .containsExactly("Gezin " + familyName);
        assertThat(names(carla, new CaseQuery("Eva", null, Set.of(), null, 1))).isEmpty();
        assertThat(names(carla, new CaseQuery("2801", null, Set.of(), null, 1))).isEmpty();
        assertThat(names(carla, new CaseQuery("", java.time.LocalDate.of(1990, 6, 1), Set.of(), null, 1)))
                .isEmpty();
        assertThat(names(carla, new CaseQuery("", null, Set.of(CaseFilter.OVERDUE), null, 1)))
                .isEmpty();
        assertThat(names(carla, new CaseQuery("", null, Set.of(), PlanState.DRAFT, 1)))
                .isEmpty();
        // The coordinator finds it through her team, with Peter's action due and the open escalation.
        var row = caseload.find(hanna, new CaseQuery("", null, Set.of(CaseFilter.ESCALATION), null, 1))
                .rows();
        assertThat(row).singleElement().satisfies(r -> {
            assertThat(r.view()).isEqualTo(CaseView.TEAM);
            assertThat(r.nextDeadline()).isEqualTo(java.time.LocalDate.of(2027, 2, 1));
            assertThat(r.openEscalations()).isEqualTo(1);
            assertThat(r.coordinator()).isEqualTo("Hanna Hulp");
        });
    }

    private java.util.List<String> names(AccountPrincipal person, CaseQuery query) {
        return caseload.find(person, query).rows().stream().map(CaseRow::name).toList();
    }

    private java.util.List<String> auditBasesOf(AccountPrincipal person) {
        return jdbc.sql("select basis from audit_entry where account_id = ? and event = 'CASE_LISTED' order by id")
                .param(person.id())
                .query(String.class)
                .list();
    }
}
