package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * X-1 (NEN 7513): every entry the consent module writes names its basis and, for a change, the member
 * it is about: the participation of the person acting, {@code self} or {@code parental_authority}.
 */
class ConsentAccessBasisTests extends ConsentTest {

    @Autowired
    ConsentOverviews overviews;

    @Autowired
    SharingWithoutConsent sharing;

    @Autowired
    Signalling signalling;

    @Test
    @DisplayName(
            "X-1, C-1: consent pages and changes rest on the participation, self or parental authority of who acts")
    void everyConsentEntryHasItsBasis() {
        var hannaTakesPart = "participation:" + hannaInTeam.id();
        var sanneTakesPart = "participation:"
                + team.participationOf(household, sanneAccount.id())
                        .orElseThrow()
                        .id();

        overviews.forProfessionals(household, hanna.id());
        overviews.forHousehold(household, sanneAccount.id());
        var forSara = registry.give(household, hanna.id(), saraForHanna(ConsentManner.ORAL));
        registry.registerWrittenForm(household, forSara, versionOf(forSara), hanna.id());
        registry.withdraw(household, forSara, versionOf(forSara), sanneAccount.id());
        var forSanne = registry.give(household, hanna.id(), aboutSanne());
        registry.withdraw(household, forSanne, versionOf(forSanne), sanneAccount.id());
        var decision = sharing.record(household, hanna.id(), override());
        var signal =
                signalling.record(household, hanna.id(), new NewSignal(tim, SignalKind.REFERRAL_INDEX, today, null));

        assertThat(entry("CONSENTS_READ", household.toString())).isEqualTo(new Entry(null, hannaTakesPart));
        assertThat(entry("CONSENT_OVERVIEW_READ", household.toString())).isEqualTo(new Entry(null, sanneTakesPart));
        assertThat(entry("CONSENT_GIVEN", forSara.toString())).isEqualTo(new Entry(sara, hannaTakesPart));
        assertThat(entry("CONSENT_WRITTEN_FORM_REGISTERED", forSara.toString()))
                .isEqualTo(new Entry(sara, hannaTakesPart));
        assertThat(entry("CONSENT_WITHDRAWN", forSara.toString()))
                .isEqualTo(new Entry(sara, "parental_authority:" + sanne));
        assertThat(entry("CONSENT_WITHDRAWN", forSanne.toString())).isEqualTo(new Entry(sanne, "self"));
        assertThat(entry("SHARING_OVERRIDE_RECORDED", decision.toString())).isEqualTo(new Entry(tim, hannaTakesPart));
        assertThat(entry("SIGNAL_RECORDED", signal.toString())).isEqualTo(new Entry(tim, hannaTakesPart));
        assertThat(jdbc.sql("select count(*) from audit_entry where household_id = ? and (basis is null or basis = '')")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** The member an entry is about and its basis. */
    record Entry(UUID member, String basis) {}

    private Entry entry(String event, String subjectId) {
        return jdbc.sql(
                        "select member_id, basis from audit_entry where household_id = ? and event = ? and subject_id = ?")
                .params(household, event, subjectId)
                .query((rs, n) -> new Entry(rs.getObject("member_id", UUID.class), rs.getString("basis")))
                .single();
    }

    private NewConsent aboutSanne() {
        return new NewConsent(
                sanne,
                "Schulden en opvoeding afstemmen",
                Set.of(InformationCategory.PLAN),
                Set.of(Recipient.participant(hannaInTeam.id())),
                Set.of(sanne),
                ConsentManner.WRITTEN,
                today,
                today.plusYears(2));
    }

    private NewSharingOverride override() {
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
                "teamleider",
                OverrideDecision.SHARE,
                false,
                "Informeren brengt moeder in gevaar",
                today.plusMonths(1));
    }
}
