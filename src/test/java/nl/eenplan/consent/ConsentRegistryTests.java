package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Recording consents by the age rule (C-1, C-2) and the answer to "may this be shared?". */
@RecordApplicationEvents
class ConsentRegistryTests extends ConsentTest {

    @Autowired
    ApplicationEvents events;

    @Test
    @DisplayName(
            "C-1: consent for Sara is refused from her father without authority, naming him, and without her mother, naming her")
    void refusesConsentFromTheWrongPeopleNamingThem() {
        var byBoth = withGivers(sara, sanne, mark);
        var byFather = withGivers(sara, mark);

        assertThatThrownBy(() -> registry.give(household, hanna.id(), byBoth))
                .isInstanceOfSatisfying(ConsentRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo("consent.givenBy.notEntitled");
                    assertThat(e.arguments()).containsExactly("Mark " + familyName, "Sara " + familyName);
                });
        assertThatThrownBy(() -> registry.give(household, hanna.id(), byFather))
                .isInstanceOfSatisfying(ConsentRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo("consent.givenBy.missing");
                    assertThat(e.arguments()).containsExactly("Sanne " + familyName, "Sara " + familyName);
                });
    }

    @Test
    @DisplayName("C-1: for Tim (14) both parents with authority and Tim himself consent; without Tim it is refused")
    void aYouthOfFourteenConsentsWithTheParents() {
        assertThatThrownBy(() -> registry.give(household, hanna.id(), withGivers(tim, sanne, mark)))
                .isInstanceOfSatisfying(
                        ConsentRefused.class,
                        e -> assertThat(e.arguments()).containsExactly("Tim " + familyName, "Tim " + familyName));

        var id = registry.give(household, hanna.id(), withGivers(tim, sanne, mark, tim));

        assertThat(registry.mayShare(household, tim, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isTrue();
        assertThat(auditEvents(hanna)).contains("CONSENT_GIVEN");
        assertThat(versionOf(id)).isZero();
    }

    @Test
    @DisplayName("C-1: without parental authority recorded nobody can consent for a child")
    void noConsentForAChildWithoutAuthority() {
        households.revokeParentalAuthority(sara, sanne);

        assertThatThrownBy(() -> registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN)))
                .isInstanceOfSatisfying(ConsentRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo("consent.givenBy.noAuthority");
                    assertThat(e.arguments()).containsExactly("Sara " + familyName);
                });
    }

    @Test
    @DisplayName("C-2: information goes only to the team: an unknown recipient is refused")
    void refusesARecipientOutsideTheTeam() {
        var outside = new NewConsent(
                sara,
                "School",
                Set.of(InformationCategory.PLAN),
                Set.of(Recipient.participant(UUID.randomUUID())),
                Set.of(sanne),
                ConsentManner.WRITTEN,
                today,
                today.plusYears(1));

        assertThatThrownBy(() -> registry.give(household, hanna.id(), outside))
                .isInstanceOfSatisfying(
                        ConsentRefused.class, e -> assertThat(e.reason()).isEqualTo("consent.recipients.notInTeam"));
    }

    @Test
    @DisplayName("C-2: mayShare only for a valid consent covering the information and the recipient, with its basis")
    void mayShareOnlyWithAValidCoveringConsent() {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));

        var decision = registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.basisText()).isEqualTo("consent " + id);
        // expired, before its period, wrong information, wrong recipient, another member, a stranger
        assertThat(registry.mayShare(
                        household,
                        sara,
                        InformationCategory.PLAN,
                        hanna.id(),
                        today.plusYears(2).plusDays(1)))
                .isEqualTo(SharingDecision.refused());
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today.minusDays(1))
                        .allowed())
                .isFalse();
        assertThat(registry.mayShare(household, sara, InformationCategory.DOCUMENTS, hanna.id(), today)
                        .allowed())
                .isFalse();
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, piet.id(), today)
                        .allowed())
                .isFalse();
        assertThat(registry.mayShare(household, tim, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isFalse();
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, UUID.randomUUID(), today)
                        .allowed())
                .isFalse();
    }

    @Test
    @DisplayName("C-2: a consent for an organisation covers everyone of it in the team, and no one else")
    void anOrganisationAsRecipient() {
        registry.give(
                household,
                hanna.id(),
                new NewConsent(
                        sanne,
                        "Schulden en opvoeding samen aanpakken",
                        Set.of(InformationCategory.PLAN, InformationCategory.MEETING_MINUTES),
                        Set.of(Recipient.organisation(youthCare.id())),
                        Set.of(sanne),
                        ConsentManner.WRITTEN,
                        today,
                        today.plusYears(1)));

        assertThat(registry.mayShare(household, sanne, InformationCategory.MEETING_MINUTES, piet.id(), today)
                        .allowed())
                .isTrue();
        assertThat(registry.mayShare(household, sanne, InformationCategory.PLAN, karin.id(), today)
                        .allowed())
                .isFalse();
        var seenByPiet = registry.categoriesSharedWith(household, piet.id(), today);
        assertThat(seenByPiet.get(sanne))
                .containsExactlyInAnyOrder(InformationCategory.PLAN, InformationCategory.MEETING_MINUTES);
        assertThat(seenByPiet.get(sara)).isEmpty();
        assertThat(registry.categoriesSharedWith(household, UUID.randomUUID(), today))
                .isEmpty();
    }

    @Test
    @DisplayName("C-1: a withdrawal takes effect at once and is published; a second one on the old version is stale")
    void aWithdrawalTakesEffectAtOnce() {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));

        registry.withdraw(household, id, 0, sanneAccount.id());

        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isFalse();
        assertThat(auditEvents(sanneAccount)).contains("CONSENT_WITHDRAWN");
        assertThat(events.stream(ConsentGiven.class))
                .extracting(ConsentGiven::consentId)
                .containsExactly(id);
        assertThat(events.stream(ConsentWithdrawn.class)).singleElement().satisfies(e -> {
            assertThat(e.consentId()).isEqualTo(id);
            assertThat(e.subjectId()).isEqualTo(sara);
            assertThat(e.withdrawnBy()).isEqualTo(sanneAccount.id());
        });
        assertThatThrownBy(() -> registry.withdraw(household, id, 0, hanna.id()))
                .isInstanceOf(ConsentChangedMeanwhile.class);
        assertThatThrownBy(() -> registry.withdraw(household, id, 1, hanna.id()))
                .isInstanceOfSatisfying(
                        ConsentRefused.class, e -> assertThat(e.reason()).isEqualTo("consent.withdraw.already"));
    }

    @Test
    @DisplayName("C-1: only those who consent for a member withdraw for it; Mark has no authority over Sara")
    void onlyThoseWhoConsentWithdraw() {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));

        assertThatThrownBy(() -> registry.withdraw(household, id, 0, markAccount.id()))
                .isInstanceOf(ConsentNotFound.class);
        assertThatThrownBy(() -> registry.withdraw(household, id, 0, grandma.id()))
                .isInstanceOf(ConsentNotFound.class);
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isTrue();
    }

    @Test
    @DisplayName("C-1: on Sara's 12th birthday her parents' consent needs renewal and allows nothing more")
    void aBirthdayFlipsAConsentToNeedsRenewal() {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));
        var birthday = member(sara).dateOfBirth().plusYears(12);

        assertThat(registry.needingRenewal(household, birthday.minusDays(1))).isEmpty();
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), birthday.minusDays(1))
                        .allowed())
                .isTrue();
        assertThat(registry.needingRenewal(household, birthday))
                .extracting(Consent::id)
                .containsExactly(id);
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), birthday)
                        .allowed())
                .isFalse();
    }

    @Test
    @DisplayName("C-1: a change of parental authority makes a consent need renewal")
    void aChangeOfAuthorityFlipsAConsentToNeedsRenewal() {
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));

        households.grantParentalAuthority(sara, mark);

        assertThat(registry.needingRenewal(household, today))
                .extracting(Consent::id)
                .containsExactly(id);
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isFalse();
    }

    @Test
    @DisplayName(
            "X-1: only professionals of the team record consent; a network member or a stranger is told it does not exist")
    void onlyProfessionalsOfTheTeamRecordConsent() {
        var stranger = staff("Vera Vreemd", youthCare);
        for (var person : new UUID[] {grandma.id(), sanneAccount.id(), stranger.id()}) {
            assertThatThrownBy(() -> registry.give(household, person, saraForHanna(ConsentManner.WRITTEN)))
                    .isInstanceOf(ConsentNotFound.class);
        }
        assertThat(auditEvents(stranger)).isEmpty();
    }

    private NewConsent withGivers(UUID subject, UUID... givers) {
        return new NewConsent(
                subject,
                "Hulp afstemmen",
                Set.of(InformationCategory.PLAN),
                Set.of(Recipient.participant(hannaInTeam.id())),
                Set.of(givers),
                ConsentManner.WRITTEN,
                today,
                today.plusYears(1));
    }
}
