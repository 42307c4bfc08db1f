package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sharing without consent (C-5) and signals (C-6), as the domain records them. */
class ConcernRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID PARTICIPANT = UUID.randomUUID();

    @Test
    @DisplayName(
            "C-5: a decision about sharing without consent needs all five answers, the team discussion and why the household was not told")
    void sharingWithoutConsentNeedsItsReasons() {
        assertRefused(
                () -> new FiveQuestions("Veiligheid", " ", "Nee", "Ja", "Adres"),
                "withoutSharing",
                "consent.override.answerRequired");
        var answers = new FiveQuestions("Veiligheid", "Nee", "Nee, te gevaarlijk", "Ja", "Adres en school");
        assertRefused(
                () -> override(answers, OverrideDecision.SHARE, false, " ", TODAY.plusMonths(1)),
                "notInformedReason",
                "consent.override.notInformedReason.required");
        assertRefused(
                () -> override(answers, OverrideDecision.SHARE, true, null, null),
                "validUntil",
                "consent.override.validUntil.required");

        var notShared = SharingOverride.record(
                UUID.randomUUID(),
                override(answers, OverrideDecision.DO_NOT_SHARE, true, null, null),
                UUID.randomUUID(),
                Instant.now());
        var shared = SharingOverride.record(
                UUID.randomUUID(),
                override(answers, OverrideDecision.SHARE, false, "Gevaar voor moeder", TODAY.plusMonths(1)),
                UUID.randomUUID(),
                Instant.now());

        assertThat(notShared.allows(InformationCategory.PLAN, PARTICIPANT, null, TODAY))
                .isFalse();
        assertThat(shared.allows(InformationCategory.PLAN, PARTICIPANT, null, TODAY))
                .isTrue();
        assertThat(shared.allows(
                        InformationCategory.PLAN,
                        PARTICIPANT,
                        null,
                        TODAY.plusMonths(1).plusDays(1)))
                .isFalse();
        assertThat(shared.allows(InformationCategory.DOCUMENTS, PARTICIPANT, null, TODAY))
                .isFalse();
    }

    @Test
    @DisplayName("C-6: another step of the reporting code needs a note")
    void anotherStepNeedsANote() {
        assertRefused(
                () -> new NewSignal(CHILD, SignalKind.OTHER_STEP, TODAY, " "), "note", "consent.signal.note.required");
        assertThat(new NewSignal(CHILD, SignalKind.REFERRAL_INDEX, TODAY, " ").note())
                .isNull();
    }

    private static NewSharingOverride override(
            FiveQuestions answers, OverrideDecision decision, boolean informed, String reason, LocalDate until) {
        return new NewSharingOverride(
                CHILD,
                Set.of(toParticipant()),
                Set.of(InformationCategory.PLAN),
                answers,
                TODAY,
                "teamleider",
                decision,
                informed,
                reason,
                until);
    }

    private static Recipient toParticipant() {
        return Recipient.participant(PARTICIPANT);
    }

    private static void assertRefused(Runnable attempt, String field, String reason) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(ConsentRefused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }
}
