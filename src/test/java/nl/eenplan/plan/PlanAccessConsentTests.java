package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.eenplan.consent.PlanConsentMissing;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.SharingDecision;
import nl.eenplan.consent.Viewer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule of {@link PlanAccess}: a professional sees the plan only within consent for every member. */
class PlanAccessConsentTests extends PlanConsentTest {

    @Test
    @DisplayName("C-1: consent for only one of two members is not enough; the other is named as missing")
    void consentForOneOfTwoMembersIsNotEnough() {
        assertThat(pietSees(today)).isEqualTo(Viewer.Scope.NO_CONSENT);

        consentForPiet(sanne);

        var viewer = access.viewer(household, piet.id(), today);
        assertThat(viewer.scope()).isEqualTo(Viewer.Scope.NO_CONSENT);
        assertThat(viewer.membersWithoutConsent()).containsExactly(tim);
        assertThat(viewer.mayEdit()).isFalse();
        assertThatThrownBy(() -> planReading.current(household, viewer))
                .isInstanceOfSatisfying(PlanConsentMissing.class, e -> {
                    assertThat(e.householdId()).isEqualTo(household);
                    assertThat(e.membersWithoutConsent()).containsExactly(tim);
                });
    }

    @Test
    @DisplayName("C-1, C-2: with consent for every member he sees the whole plan, resting on those consents")
    void withConsentForEveryMemberHeSeesThePlan() {
        var aboutSanne = consentForPiet(sanne);
        var aboutTim = consentForPiet(tim);

        var viewer = access.viewer(household, piet.id(), today);
        assertThat(viewer.scope()).isEqualTo(Viewer.Scope.FULL);
        assertThat(viewer.membersWithoutConsent()).isEmpty();
        assertThat(viewer.basis())
                .containsExactlyInAnyOrder(SharingDecision.byConsent(aboutSanne), SharingDecision.byConsent(aboutTim));
        assertThat(planReading.current(household, viewer).goals())
                .extracting(Goal::title)
                .containsExactly(GOAL);
    }

    @Test
    @DisplayName("C-2: consent for an organisation reaches a colleague of it in the team, not one outside it")
    void anOrganisationWideConsentReachesAColleagueInTheTeam() {
        consent(sanne, Recipient.organisation(provider.id()), today, today.plusYears(1));
        consent(tim, Recipient.organisation(provider.id()), today, today.plusYears(1));

        assertThat(pietSees(today)).isEqualTo(Viewer.Scope.FULL);
        var outsider = staff("Olga Buiten");
        assertThatThrownBy(() -> access.viewer(household, outsider.id(), today)).isInstanceOf(PlanNotFound.class);
    }

    @Test
    @DisplayName("C-1: an expired consent no longer shares the plan from the day after its last day")
    void anExpiredConsentSharesNothing() {
        consent(sanne, Recipient.participant(pietInTeam.id()), today.minusMonths(1), today);
        consentForPiet(tim);

        assertThat(pietSees(today)).isEqualTo(Viewer.Scope.FULL);
        assertThat(pietSees(today.plusDays(1))).isEqualTo(Viewer.Scope.NO_CONSENT);
        assertThat(access.viewer(household, piet.id(), today.plusDays(1)).membersWithoutConsent())
                .containsExactly(sanne);
    }

    @Test
    @DisplayName("C-5: a decision to share without consent lets him see the plan, with the decision as basis")
    void aDecisionToShareWithoutConsentWorks() {
        consentForPiet(sanne);
        var decision = shareWithoutConsent(tim);

        var viewer = access.viewer(household, piet.id(), today);
        assertThat(viewer.scope()).isEqualTo(Viewer.Scope.FULL);
        assertThat(viewer.basis()).contains(SharingDecision.byOverride(decision));
        assertThat(pietSees(today.plusMonths(2))).isEqualTo(Viewer.Scope.NO_CONSENT);
    }

    @Test
    @DisplayName("X-5: the household sees its whole plan and a network member his own actions, without consent")
    void theHouseholdAndTheNetworkNeedNoConsent() {
        var sanneAccount = citizen("Sanne " + familyName);
        var mother = team.of(household).stream()
                .filter(p -> sanne.equals(p.memberId()))
                .findFirst()
                .orElseThrow();
        team.linkAccount(mother.id(), sanneAccount.id());
        var grandma = citizen("Oma " + familyName);
        var grandmaInTeam = networkMember(grandma);
        action(goal, "Oma haalt Tim op", grandmaInTeam);

        var motherSees = access.viewer(household, sanneAccount);
        assertThat(motherSees.scope()).isEqualTo(Viewer.Scope.FULL);
        assertThat(motherSees.basis()).isEmpty();
        assertThat(planReading.current(household, motherSees).actions()).hasSize(2);
        var grandmaSees = access.viewer(household, grandma);
        assertThat(grandmaSees.scope()).isEqualTo(Viewer.Scope.APPROACH);
        assertThat(planReading.current(household, grandmaSees).actions())
                .extracting(Action::what)
                .containsExactly("Oma haalt Tim op");
    }

    @Test
    @DisplayName("C-1, PL-9: a copy-only professional without consent sees no versions; with consent he does")
    void aCopyRecipientWithoutConsentSeesNoVersions() {
        var doctor = staff("Dokter Dijk");
        professional(doctor, false);
        establish();

        var withoutConsent = access.viewer(household, doctor);
        assertThat(withoutConsent.scope()).isEqualTo(Viewer.Scope.NO_CONSENT);
        assertThatThrownBy(() -> planVersions.versions(household, withoutConsent))
                .isInstanceOf(PlanConsentMissing.class);
        assertThatThrownBy(() -> planVersions.version(household, withoutConsent, 1))
                .isInstanceOf(PlanConsentMissing.class);

        shareWholePlanWith(household, doctor.id());

        var withConsent = access.viewer(household, doctor);
        assertThat(withConsent.scope()).isEqualTo(Viewer.Scope.COPY);
        assertThat(planVersions.version(household, withConsent, 1).goals()).hasSize(1);
        assertThat(Set.copyOf(withConsent.planSharing().keySet())).containsExactlyInAnyOrder(sanne, tim);
    }
}
