package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.RequiredConsent.Ground;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The consent itself (C-2, C-3): never general, oral with a written form to follow, withdrawn at once. */
class ConsentTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID PARTICIPANT = UUID.randomUUID();
    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final RequiredConsent BY_MOTHER = new RequiredConsent(CHILD, Ground.CHILD_UNDER_12, Set.of(MOTHER));

    @Test
    @DisplayName("C-2: consent without a purpose, information or recipients is refused, each at its own field")
    void consentIsNeverGeneral() {
        assertRefused(
                () -> consent("  ", Set.of(InformationCategory.PLAN), Set.of(toParticipant())),
                "purpose",
                "consent.purpose.required");
        assertRefused(
                () -> consent("School", Set.of(), Set.of(toParticipant())),
                "categories",
                "consent.categories.required");
        assertRefused(
                () -> consent("School", Set.of(InformationCategory.PLAN), Set.of()),
                "recipients",
                "consent.recipients.required");
        assertRefused(
                () -> new NewConsent(
                        CHILD,
                        "School",
                        Set.of(InformationCategory.PLAN),
                        Set.of(toParticipant()),
                        Set.of(),
                        ConsentManner.WRITTEN,
                        TODAY,
                        TODAY),
                "givenBy",
                "consent.givenBy.required");
        assertRefused(
                () -> new NewConsent(
                        CHILD,
                        "School",
                        Set.of(InformationCategory.PLAN),
                        Set.of(toParticipant()),
                        Set.of(MOTHER),
                        ConsentManner.WRITTEN,
                        TODAY,
                        TODAY.minusDays(1)),
                "validUntil",
                "consent.validUntil.beforeFrom");
    }

    @Test
    @DisplayName("C-3: oral consent has its written form due the configured number of calendar days later")
    void oralConsentHasItsWrittenFormDue() {
        var oral = Consent.give(
                UUID.randomUUID(), valid(ConsentManner.ORAL), BY_MOTHER, UUID.randomUUID(), Instant.now(), TODAY, 14);
        var written = Consent.give(
                UUID.randomUUID(),
                valid(ConsentManner.WRITTEN),
                BY_MOTHER,
                UUID.randomUUID(),
                Instant.now(),
                TODAY,
                14);

        assertThat(oral.writtenFormDue()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(oral.writtenFormOutstanding()).isTrue();
        assertThat(oral.registerWrittenForm(TODAY.plusDays(3)).writtenFormOutstanding())
                .isFalse();
        assertThat(written.writtenFormDue()).isNull();
        assertThat(written.writtenFormOutstanding()).isFalse();
        assertRefused(() -> written.registerWrittenForm(TODAY), "consent", "consent.written.notOutstanding");
    }

    @Test
    @DisplayName("C-1: nobody can give consent for a minor whose parental authority is not recorded")
    void noConsentWithoutAuthority() {
        var nobody = new RequiredConsent(CHILD, Ground.NO_AUTHORITY_RECORDED, Set.of());

        assertRefused(
                () -> Consent.give(
                        UUID.randomUUID(),
                        valid(ConsentManner.WRITTEN),
                        nobody,
                        UUID.randomUUID(),
                        Instant.now(),
                        TODAY,
                        14),
                "givenBy",
                "consent.givenBy.noAuthority");
    }

    @Test
    @DisplayName("C-1, C-2: a consent is valid in its period, until withdrawn, while the age rule still holds")
    void statusOnADay() {
        var consent = Consent.give(
                UUID.randomUUID(),
                valid(ConsentManner.WRITTEN),
                BY_MOTHER,
                UUID.randomUUID(),
                Instant.now(),
                TODAY,
                14);
        var withdrawn = consent.withdraw(UUID.randomUUID(), Instant.now(), TODAY.plusDays(10));
        var withYouth = new RequiredConsent(CHILD, Ground.YOUTH_12_TO_15, Set.of(MOTHER, CHILD));

        assertThat(consent.statusOn(TODAY.minusDays(1), BY_MOTHER)).isEqualTo(ConsentStatus.NOT_YET_VALID);
        assertThat(consent.statusOn(TODAY, BY_MOTHER)).isEqualTo(ConsentStatus.VALID);
        assertThat(consent.statusOn(TODAY.plusYears(1), BY_MOTHER)).isEqualTo(ConsentStatus.VALID);
        assertThat(consent.statusOn(TODAY.plusYears(1).plusDays(1), BY_MOTHER)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(consent.statusOn(TODAY.plusDays(20), withYouth)).isEqualTo(ConsentStatus.NEEDS_RENEWAL);
        assertThat(withdrawn.statusOn(TODAY.plusDays(9), BY_MOTHER)).isEqualTo(ConsentStatus.VALID);
        assertThat(withdrawn.statusOn(TODAY.plusDays(10), BY_MOTHER)).isEqualTo(ConsentStatus.WITHDRAWN);
        assertRefused(
                () -> withdrawn.withdraw(UUID.randomUUID(), Instant.now(), TODAY.plusDays(11)),
                "consent",
                "consent.withdraw.already");
    }

    @Test
    @DisplayName("C-2: a consent covers only its information and its recipients, a participant or their organisation")
    void coversOnlyItsInformationAndRecipients() {
        var consent = Consent.give(
                UUID.randomUUID(),
                new NewConsent(
                        CHILD,
                        "School",
                        Set.of(InformationCategory.PLAN),
                        Set.of(toParticipant(), Recipient.organisation(ORGANISATION)),
                        Set.of(MOTHER),
                        ConsentManner.WRITTEN,
                        TODAY,
                        TODAY.plusYears(1)),
                BY_MOTHER,
                UUID.randomUUID(),
                Instant.now(),
                TODAY,
                14);

        assertThat(consent.covers(InformationCategory.PLAN, PARTICIPANT, null)).isTrue();
        assertThat(consent.covers(InformationCategory.PLAN, UUID.randomUUID(), ORGANISATION))
                .isTrue();
        assertThat(consent.covers(InformationCategory.DOCUMENTS, PARTICIPANT, ORGANISATION))
                .isFalse();
        assertThat(consent.covers(InformationCategory.PLAN, UUID.randomUUID(), UUID.randomUUID()))
                .isFalse();
    }

    private static NewConsent valid(ConsentManner manner) {
        return new NewConsent(
                CHILD,
                "School",
                Set.of(InformationCategory.PLAN),
                Set.of(toParticipant()),
                Set.of(MOTHER),
                manner,
                TODAY,
                TODAY.plusYears(1));
    }

    private static NewConsent consent(String purpose, Set<InformationCategory> categories, Set<Recipient> recipients) {
        return new NewConsent(
                CHILD,
                purpose,
                categories,
                recipients,
                Set.of(MOTHER),
                ConsentManner.WRITTEN,
                TODAY,
                TODAY.plusYears(1));
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
