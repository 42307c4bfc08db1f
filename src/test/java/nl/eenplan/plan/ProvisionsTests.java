package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.MemberLaw;
import nl.eenplan.plan.provision.MemberLawEntry;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionRequest;
import nl.eenplan.plan.provision.ProvisionStatus;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.Tab3;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of tab 3 (PL-3, PL-10): what may be asked for whom, and the law per member. */
class ProvisionsTests extends ProvisionTest {

    @Test
    @DisplayName("PL-3: a provision asked for a member serves goals of the plan, counts as a change, and is logged")
    void aProvisionServesGoalsAndChangesThePlan() {
        var before = version();
        var id = provisions.add(household, viewer(hanna), before, youthCareForTim());

        assertThat(version()).isEqualTo(before + 1);
        var tab = provisions.read(household, viewer(hanna));
        assertThat(tab.provisions()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.goalIds()).containsExactly(schoolGoal);
            assertThat(p.status()).isEqualTo(ProvisionStatus.REQUESTED);
            assertThat(p.volume()).isEqualTo(4);
        });
        assertThat(auditEvents(hanna)).contains("PLAN_PROVISION_ADDED", "PLAN_PROVISIONS_READ");
    }

    @Test
    @DisplayName("PL-3: a stale plan version is refused and nothing is stored")
    void aStaleVersionIsRefused() {
        var stale = version();
        goal("Sanne slaapt beter");

        assertThatThrownBy(() -> provisions.add(household, viewer(hanna), stale, youthCareForTim()))
                .isInstanceOf(PlanChangedMeanwhile.class);
        assertThat(provisionRows()).isZero();
    }

    @Test
    @DisplayName("PL-3: no goal, a kind of the other law, a law that does not apply, half a scope: each refused")
    void refusals() {
        var r = youthCareForTim();
        assertRefused(withGoals(r, List.of()), "provision.refused.goals");
        assertRefused(withGoals(r, List.of(java.util.UUID.randomUUID())), "provision.refused.goals");
        assertRefused(
                new ProvisionRequest(
                        tim,
                        Law.WMO,
                        ProvisionKind.YOUTH_OUTPATIENT,
                        null,
                        "",
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(schoolGoal)),
                "provision.refused.kindLaw");
        assertRefused(
                new ProvisionRequest(
                        tim,
                        Law.WMO,
                        ProvisionKind.WMO_AID,
                        null,
                        "",
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(schoolGoal)),
                "provision.refused.lawNotApplicable");
        assertRefused(
                new ProvisionRequest(
                        tim,
                        Law.JEUGDWET,
                        ProvisionKind.OTHER,
                        " ",
                        "",
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(schoolGoal)),
                "provision.refused.kindOther");
        assertRefused(
                new ProvisionRequest(
                        tim,
                        Law.JEUGDWET,
                        ProvisionKind.YOUTH_CRISIS,
                        null,
                        "",
                        "",
                        4,
                        null,
                        ScopeFrequency.PER_WEEK,
                        null,
                        null,
                        List.of(schoolGoal)),
                "provision.refused.scope");
        assertRefused(
                new ProvisionRequest(
                        tim,
                        Law.JEUGDWET,
                        ProvisionKind.YOUTH_CRISIS,
                        null,
                        "",
                        "",
                        null,
                        null,
                        null,
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 1, 1),
                        List.of(schoolGoal)),
                "provision.refused.dates");
        assertThat(provisionRows()).isZero();
    }

    @Test
    @DisplayName(
            "PL-10: a youth under 18 falls under the Jeugdwet and an adult under the Wmo, until the plan says otherwise")
    void theLawFollowsAgeUntilRecorded() {
        var tab = provisions.read(household, viewer(hanna));
        assertThat(tab.member(tim))
                .get()
                .extracting(Tab3.MemberLine::law, Tab3.MemberLine::recorded)
                .containsExactly(MemberLaw.JEUGDWET, false);
        assertThat(tab.member(sanne)).get().extracting(Tab3.MemberLine::law).isEqualTo(MemberLaw.WMO);

        provisions.setLaw(household, viewer(hanna), version(), new MemberLawEntry(tim, MemberLaw.BOTH, null, null));
        provisions.add(household, viewer(hanna), version(), youthCareForTim());

        assertThat(provisions.read(household, viewer(hanna)).member(tim))
                .get()
                .extracting(Tab3.MemberLine::law, Tab3.MemberLine::recorded)
                .containsExactly(MemberLaw.BOTH, true);
        // A law that no longer covers a provision still asked for is refused.
        assertThatThrownBy(() -> provisions.setLaw(
                        household, viewer(hanna), version(), new MemberLawEntry(tim, MemberLaw.WMO, null, null)))
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo("provision.refused.lawInUse"));
        // Wmo dates belong to the Wmo only.
        assertThatThrownBy(() -> provisions.setLaw(
                        household,
                        viewer(hanna),
                        version(),
                        new MemberLawEntry(tim, MemberLaw.JEUGDWET, today(), null)))
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo("provision.refused.wmoDates"));
    }

    @Test
    @DisplayName("PL-3: a changed provision keeps its place; a withdrawn one stays on the plan as withdrawn")
    void changeAndWithdraw() {
        var id = provisions.add(household, viewer(hanna), version(), youthCareForTim());
        provisions.change(household, viewer(hanna), version(), id, youthCareForTim(), ProvisionStatus.DECIDED_GRANTED);
        assertThat(provisions.one(household, viewer(hanna), id).status()).isEqualTo(ProvisionStatus.DECIDED_GRANTED);

        provisions.withdraw(household, viewer(hanna), version(), id);

        assertThat(provisions.one(household, viewer(hanna), id).status()).isEqualTo(ProvisionStatus.WITHDRAWN);
        assertThatThrownBy(() -> provisions.withdraw(household, viewer(hanna), version(), id))
                .isInstanceOf(PlanRefused.class);
        assertThat(auditEvents(hanna)).contains("PLAN_PROVISION_CHANGED", "PLAN_PROVISION_WITHDRAWN");
    }

    @Test
    @DisplayName("X-5: a network member, who does not see tab 3, can neither withdraw nor change a provision")
    void aNetworkMemberCannotWithdrawAProvision() {
        var id = provisions.add(household, viewer(hanna), version(), youthCareForTim());
        var grandma = citizen("Oma Jansen");
        networkMember(grandma);
        var before = version();

        assertThatThrownBy(() -> provisions.withdraw(household, viewer(grandma), before, id))
                .isInstanceOf(PlanNotFound.class);
        assertThatThrownBy(() -> provisions.change(
                        household, viewer(grandma), before, id, youthCareForTim(), ProvisionStatus.WITHDRAWN))
                .isInstanceOf(PlanNotFound.class);

        assertThat(provisions.one(household, viewer(hanna), id).status()).isEqualTo(ProvisionStatus.REQUESTED);
        assertThat(version()).isEqualTo(before);
        assertThat(auditEvents(grandma)).doesNotContain("PLAN_PROVISION_WITHDRAWN", "PLAN_PROVISION_CHANGED");
    }

    private void assertRefused(ProvisionRequest request, String reason) {
        assertThatThrownBy(() -> provisions.add(household, viewer(hanna), version(), request))
                .isInstanceOfSatisfying(
                        PlanRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static ProvisionRequest withGoals(ProvisionRequest r, List<java.util.UUID> goals) {
        return new ProvisionRequest(
                r.memberId(),
                r.law(),
                r.kind(),
                r.kindOther(),
                r.provider(),
                r.reason(),
                r.volume(),
                r.unit(),
                r.frequency(),
                r.startDate(),
                r.endDate(),
                goals);
    }
}
