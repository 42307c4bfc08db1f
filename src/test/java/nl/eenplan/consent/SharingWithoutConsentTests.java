package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** C-5 and C-6: sharing without consent after the five questions, and signals about a youth. */
class SharingWithoutConsentTests extends ConsentTest {

    @Autowired
    SharingWithoutConsent sharing;

    @Autowired
    Signalling signalling;

    @Test
    @DisplayName("C-5: a decision to share without consent lets the recipient see it, with the override as basis")
    void aDecisionToShareAllowsSharing() {
        assertThat(registry.mayShare(household, tim, InformationCategory.DOCUMENTS, karin.id(), today)
                        .allowed())
                .isFalse();

        var id = sharing.record(household, hanna.id(), decision(OverrideDecision.SHARE));

        var decision = registry.mayShare(household, tim, InformationCategory.DOCUMENTS, karin.id(), today);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.basis()).isEqualTo(SharingDecision.Basis.OVERRIDE);
        assertThat(decision.basisText()).isEqualTo("override " + id);
        assertThat(registry.mayShare(household, tim, InformationCategory.PLAN, karin.id(), today)
                        .allowed())
                .isFalse();
        assertThat(registry.mayShare(household, tim, InformationCategory.DOCUMENTS, karin.id(), today.plusMonths(2))
                        .allowed())
                .isFalse();
        assertThat(auditEvents(hanna)).contains("SHARING_OVERRIDE_RECORDED");
    }

    @Test
    @DisplayName("C-5: a decision not to share is recorded too, and allows nothing")
    void aDecisionNotToShareIsRecordedAndAllowsNothing() {
        sharing.record(household, hanna.id(), decision(OverrideDecision.DO_NOT_SHARE));

        assertThat(jdbc.sql("select decision from sharing_override where household_id = ?")
                        .param(household)
                        .query(String.class)
                        .list())
                .containsExactly("DO_NOT_SHARE");
        assertThat(registry.mayShare(household, tim, InformationCategory.DOCUMENTS, karin.id(), today)
                        .allowed())
                .isFalse();
    }

    @Test
    @DisplayName("C-5: only professionals of the team decide about sharing without consent")
    void onlyProfessionalsDecide() {
        assertThatThrownBy(() -> sharing.record(household, sanneAccount.id(), decision(OverrideDecision.SHARE)))
                .isInstanceOf(ConsentNotFound.class);
    }

    @Test
    @DisplayName("C-6: the referral index takes members under 23, refusing one who turned 23 that day")
    void theReferralIndexIsForMembersUnder23() {
        var id = signalling.record(household, hanna.id(), new NewSignal(tim, SignalKind.REFERRAL_INDEX, today, null));
        var twentyThird = member(sanne).dateOfBirth().plusYears(23);

        assertThatThrownBy(() -> signalling.record(
                        household, hanna.id(), new NewSignal(sanne, SignalKind.REFERRAL_INDEX, twentyThird, null)))
                .isInstanceOfSatisfying(ConsentRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo("consent.signal.referralIndex.tooOld");
                    assertThat(e.arguments()).containsExactly("Sanne " + familyName);
                });
        signalling.record(
                household, hanna.id(), new NewSignal(sanne, SignalKind.REFERRAL_INDEX, twentyThird.minusDays(1), null));
        signalling.record(
                household,
                hanna.id(),
                new NewSignal(sanne, SignalKind.VEILIG_THUIS_CONSULTED, today, "Advies gevraagd"));

        assertThat(jdbc.sql("select count(*) from consent_signal where household_id = ?")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(auditEvents(hanna)).contains("SIGNAL_RECORDED");
        assertThat(id).isNotNull();
    }

    private NewSharingOverride decision(OverrideDecision decision) {
        return new NewSharingOverride(
                tim,
                Set.of(Recipient.participant(karinInTeam.id())),
                Set.of(InformationCategory.DOCUMENTS),
                new FiveQuestions(
                        "Tim veilig houden",
                        "Nee, Karin ziet Tim elke week",
                        "Nee, vader dreigt met geweld als hij het hoort",
                        "Ja, het gevaar voor Tim is groot",
                        "Alleen het veiligheidsplan"),
                today,
                "teamleider en aandachtsfunctionaris",
                decision,
                false,
                "Informeren brengt moeder in gevaar",
                today.plusMonths(1));
    }
}
