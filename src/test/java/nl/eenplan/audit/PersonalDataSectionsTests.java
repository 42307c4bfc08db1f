package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.FiveQuestions;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.NewSharingOverride;
import nl.eenplan.consent.NewSignal;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.SharingWithoutConsent;
import nl.eenplan.consent.SignalKind;
import nl.eenplan.consent.Signalling;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * the consent section of the personal-data copy holds the member's own consents, not another
 * member's, and leaves out what could harm someone (C-5, C-6).
 */
class PersonalDataSectionsTests extends AuditTest {

    @Autowired
    ConsentRegistry consents;

    @Autowired
    SharingWithoutConsent sharing;

    @Autowired
    Signalling signalling;

    @Test
    @DisplayName("X-6: the consent section holds consents about the member and those he withdrew, not another's")
    void consentsAboutTheMemberAndThoseHeWithdrew() throws Exception {
        var sanneId = member("Sanne").id();
        var karimId = member("Karim").id();
        var own = consents.give(household, hanna.id(), consent(sanneId, "Hulp bij de schulden van Sanne"));
        consents.give(household, hanna.id(), consent(karimId, "Hulp bij het werk van Karim"));
        consents.withdraw(household, own, 0, sanne.id());

        var json = copy(sanne, "Sanne");

        assertThat(JsonPath.<List<String>>read(json, "$.sections.consent.consents[*].purpose"))
                .contains("Hulp bij de schulden van Sanne")
                .doesNotContain("Hulp bij het werk van Karim");
        var mine = JsonPath.<List<Map<String, Object>>>read(
                json, "$.sections.consent.consents[?(@.purpose == 'Hulp bij de schulden van Sanne')]");
        assertThat(mine)
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("recipients", List.of("Hanna Hulp"))
                        .containsEntry("youGave", true)
                        .containsEntry("youWithdrew", true));
        assertThat(JsonPath.<List<String>>read(copy(karim, "Karim"), "$.sections.consent.consents[*].purpose"))
                .contains("Hulp bij het werk van Karim")
                .doesNotContain("Hulp bij de schulden van Sanne");
    }

    @Test
    @DisplayName(
            "C-5, X-6: a decision to share without consent is in the copy, unless informing the household was judged dangerous")
    void aDecisionTheHouseholdWasNotToldOfStaysOut() throws Exception {
        var sanneId = member("Sanne").id();
        sharing.record(household, hanna.id(), override(sanneId, "Veiligheid van de kinderen bespreken", true));
        sharing.record(household, hanna.id(), override(sanneId, "Geheime melding over het gezin", false));

        var json = copy(sanne, "Sanne");

        assertThat(JsonPath.<List<String>>read(json, "$.sections.consent.sharingWithoutConsent[*].aimOfSharing"))
                .containsExactly("Veiligheid van de kinderen bespreken");
        assertThat(json).doesNotContain("Geheime melding over het gezin", "Gevaar bij vertellen");
    }

    @Test
    @DisplayName(
            "C-6, X-6: a parent's copy of a child holds the referral-index registration, not the reporting-code steps")
    void reportingCodeStepsStayOutOfTheCopy() throws Exception {
        var saraId = member("Sara").id();
        signalling.record(household, hanna.id(), new NewSignal(saraId, SignalKind.REFERRAL_INDEX, today(), null));
        signalling.record(
                household,
                hanna.id(),
                new NewSignal(saraId, SignalKind.VEILIG_THUIS_REPORTED, today(), "Vermoeden van mishandeling"));

        var json = copy(sanne, "Sara");

        assertThat(JsonPath.<List<String>>read(json, "$.sections.consent.signals[*].kind"))
                .containsExactly("REFERRAL_INDEX");
        assertThat(json).doesNotContain("VEILIG_THUIS", "Vermoeden van mishandeling");
        assertThat(JsonPath.<List<Object>>read(copy(sanne, "Sanne"), "$.sections.consent.signals"))
                .isEmpty();
    }

    /** The JSON copy of this member, downloaded by this person. */
    private String copy(AccountPrincipal person, String givenName) throws Exception {
        return mvc.perform(get(
                                "/households/{h}/personal-data/{m}.json",
                                household,
                                member(givenName).id())
                        .with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private NewConsent consent(UUID subject, String purpose) {
        return new NewConsent(
                subject,
                purpose,
                Set.of(InformationCategory.PLAN),
                Set.of(Recipient.participant(participant("Hanna").id())),
                Set.of(subject),
                ConsentManner.WRITTEN,
                today(),
                today().plusYears(1));
    }

    private NewSharingOverride override(UUID subject, String aim, boolean householdInformed) {
        return new NewSharingOverride(
                subject,
                Set.of(Recipient.participant(participant("Hanna").id())),
                Set.of(InformationCategory.PLAN),
                new FiveQuestions(aim, "Nee", "Niet verantwoord", "Ja, de veiligheid", "Alleen het plan"),
                today(),
                "Team jeugdzorg",
                OverrideDecision.SHARE,
                householdInformed,
                householdInformed ? null : "Gevaar bij vertellen",
                today().plusMonths(1));
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}
