package nl.eenplan.plan.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.FrozenText;
import nl.eenplan.plan.PlanRefused;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PL-7: what a treatment plan link must say, and X-5: who sees it in a version. */
class TreatmentPlanRulesTests {

    private static final UUID PRO = UUID.randomUUID();
    private static final List<UUID> GOALS = List.of(UUID.randomUUID());

    private static TreatmentPlanDetails details(String name, String reference, boolean agreed) {
        return new TreatmentPlanDetails(
                PRO, name, reference, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31), GOALS, agreed);
    }

    private static void refused(TreatmentPlanDetails details, String reason) {
        assertThatThrownBy(details::check)
                .isInstanceOf(PlanRefused.class)
                .extracting(e -> ((PlanRefused) e).reason())
                .isEqualTo("plan.treatment." + reason);
    }

    @Test
    @DisplayName("PL-7: a treatment plan is named, belongs to a professional and at least one goal, and is only"
            + " mentioned when the household agreed")
    void whatItMustSay() {
        assertThatCode(() ->
                        details("Behandelplan GGZ", "GGZ-2026/0042 #3", true).check())
                .doesNotThrowAnyException();
        assertThatCode(() -> details("Behandelplan GGZ", "", true).check()).doesNotThrowAnyException();
        refused(details("  ", "", true), "nameRequired");
        refused(details("x".repeat(121), "", true), "nameInvalid");
        refused(details("Behandel\u0000plan", "", true), "nameInvalid");
        refused(details("Behandelplan GGZ", "", false), "agreementRequired");
        refused(
                new TreatmentPlanDetails(null, "Behandelplan GGZ", "", null, null, GOALS, true),
                "professionalRequired");
        refused(new TreatmentPlanDetails(PRO, "Behandelplan GGZ", "", null, null, List.of(), true), "goalsRequired");
        refused(
                new TreatmentPlanDetails(
                        PRO, "Behandelplan GGZ", "", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), GOALS, true),
                "periodInvalid");
        refused(
                new TreatmentPlanDetails(PRO, "Behandelplan GGZ", "", LocalDate.of(1, 1, 1), null, GOALS, true),
                "periodInvalid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://ggz.example/dossier/42",
        "http://ggz.example",
        "www.ggz.example",
        "ggz.example/dossier?id=42",
        "javascript:alert(1)",
        "<b>42</b>",
        "12345678901234567890123456789012345678901"
    })
    @DisplayName("PL-7: the reference is the organisation's own number, never a web address to another system")
    void theReferenceIsNoWebAddress(String reference) {
        refused(details("Behandelplan GGZ", reference, true), "referenceInvalid");
    }

    @Test
    @DisplayName("PL-7, X-5, C-1: in a version the household, professionals with consent and copy-only"
            + " recipients see the treatment plans; network members and professionals without consent never")
    void whoSeesThemInAVersion() {
        var part = new TreatmentPlanPart(null);
        var frozen = List.of(new FrozenSection(
                FrozenText.message("plan.treatment.frozen.heading", "Behandelplan GGZ", "Petra"), List.of()));
        assertThat(part.asSeenBy(viewer(ParticipantKind.HOUSEHOLD_MEMBER, Viewer.Scope.FULL), frozen))
                .isEqualTo(frozen);
        assertThat(part.asSeenBy(viewer(ParticipantKind.PROFESSIONAL, Viewer.Scope.FULL), frozen))
                .isEqualTo(frozen);
        assertThat(part.asSeenBy(viewer(ParticipantKind.PROFESSIONAL, Viewer.Scope.COPY), frozen))
                .isEqualTo(frozen);
        assertThat(part.asSeenBy(viewer(ParticipantKind.NETWORK, Viewer.Scope.APPROACH), frozen))
                .isEmpty();
        assertThat(part.asSeenBy(viewer(ParticipantKind.PROFESSIONAL, Viewer.Scope.NO_CONSENT), frozen))
                .isEmpty();
        assertThat(TreatmentPlans.shownTo(viewer(ParticipantKind.NETWORK, Viewer.Scope.APPROACH)))
                .as("X-5: not on the live plan for the network")
                .isFalse();
        assertThat(TreatmentPlans.shownTo(viewer(ParticipantKind.PROFESSIONAL, Viewer.Scope.COPY)))
                .as("copy-only recipients: only in the versions")
                .isFalse();
        assertThat(part.key()).isEqualTo("treatmentPlans");
    }

    private static Viewer viewer(ParticipantKind kind, Viewer.Scope scope) {
        var participant = new Participant(
                UUID.randomUUID(),
                UUID.randomUUID(),
                kind,
                null,
                UUID.randomUUID(),
                null,
                "Iemand",
                "",
                Set.of(),
                null,
                null,
                scope != Viewer.Scope.COPY,
                scope == Viewer.Scope.COPY,
                false,
                null);
        return new Viewer(UUID.randomUUID(), participant, scope);
    }
}
