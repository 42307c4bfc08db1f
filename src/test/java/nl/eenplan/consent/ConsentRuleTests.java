package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.RequiredConsent.Ground;
import nl.eenplan.household.Member;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C-1, the age rule, against the text of DOMAIN.md: who consents for whom on which day. */
class ConsentRuleTests {

    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID FATHER = UUID.randomUUID();
    private static final UUID GUARDIAN = UUID.randomUUID();

    private final ConsentRule rule = new ConsentRule();

    @Test
    @DisplayName("C-1: for a child under 12 both parents with parental authority consent, the child does not")
    void bothParentsWithAuthorityConsentForAChildUnder12() {
        var child = born(LocalDate.of(2018, 5, 1), MOTHER, FATHER);

        var required = rule.requiredFor(child, LocalDate.of(2026, 11, 22));

        assertThat(required.ground()).isEqualTo(Ground.CHILD_UNDER_12);
        assertThat(required.consenters()).containsExactlyInAnyOrder(MOTHER, FATHER);
    }

    @Test
    @DisplayName("C-1: a parent without parental authority does not consent; the one with it alone does")
    void aParentWithoutAuthorityDoesNotConsent() {
        var child = born(LocalDate.of(2018, 5, 1), MOTHER);

        var required = rule.requiredFor(child, LocalDate.of(2026, 11, 22));

        assertThat(required.consenters()).containsExactly(MOTHER);
        assertThat(required.metBy(Set.of(MOTHER, FATHER))).isFalse();
        assertThat(required.notEntitledAmong(Set.of(MOTHER, FATHER))).containsExactly(FATHER);
        assertThat(required.metBy(Set.of(MOTHER))).isTrue();
    }

    @Test
    @DisplayName("C-1: a guardian with parental authority consents like a parent, with the youth from 12")
    void aGuardianWithAuthorityConsents() {
        var youth = born(LocalDate.of(2012, 3, 1), GUARDIAN);

        var required = rule.requiredFor(youth, LocalDate.of(2026, 11, 22));

        assertThat(required.ground()).isEqualTo(Ground.YOUTH_12_TO_15);
        assertThat(required.consenters()).containsExactlyInAnyOrder(GUARDIAN, youth.id());
        assertThat(required.missingFrom(Set.of(GUARDIAN))).containsExactly(youth.id());
    }

    @Test
    @DisplayName("C-1: without parental authority recorded nobody can consent for a minor, not even a youth of 14")
    void withoutAuthorityNobodyCanConsentForAMinor() {
        var child = born(LocalDate.of(2020, 1, 1));
        var youth = born(LocalDate.of(2012, 1, 1));

        for (var minor : new Member[] {child, youth}) {
            var required = rule.requiredFor(minor, LocalDate.of(2026, 11, 22));
            assertThat(required.ground()).isEqualTo(Ground.NO_AUTHORITY_RECORDED);
            assertThat(required.possible()).isFalse();
            assertThat(required.metBy(Set.of(minor.id()))).isFalse();
        }
    }

    @Test
    @DisplayName("C-1: from 16 the youth consents alone, even without parental authority recorded")
    void fromSixteenTheYouthConsentsAlone() {
        var youth = born(LocalDate.of(2009, 6, 1));

        var required = rule.requiredFor(youth, LocalDate.of(2026, 11, 22));

        assertThat(required.ground()).isEqualTo(Ground.YOUTH_FROM_16);
        assertThat(required.consenters()).containsExactly(youth.id());
    }

    @Test
    @DisplayName("C-1: an adult consents for himself only, never together with or for others")
    void anAdultConsentsForHimselfOnly() {
        var adult = born(LocalDate.of(1985, 3, 10));

        var required = rule.requiredFor(adult, LocalDate.of(2026, 11, 22));

        assertThat(required.ground()).isEqualTo(Ground.ADULT);
        assertThat(required.consenters()).containsExactly(adult.id());
        assertThat(required.metBy(Set.of(adult.id(), MOTHER))).isFalse();
    }

    @Test
    @DisplayName("C-1: for an unborn child those with parental authority consent")
    void forAnUnbornChildThoseWithAuthorityConsent() {
        var unborn = new Member(
                UUID.randomUUID(),
                "Baby",
                "Jansen",
                null,
                LocalDate.of(2027, 2, 1),
                "baby",
                true,
                null,
                Set.of(MOTHER));

        var required = rule.requiredFor(unborn, LocalDate.of(2026, 11, 22));

        assertThat(required.ground()).isEqualTo(Ground.CHILD_UNDER_12);
        assertThat(required.consenters()).containsExactly(MOTHER);
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
        // the 12th birthday: the youth joins the parents
        "2014-09-15, 2026-09-14, CHILD_UNDER_12",
        "2014-09-15, 2026-09-15, YOUTH_12_TO_15",
        // the 16th birthday: the youth consents alone
        "2010-09-15, 2026-09-14, YOUTH_12_TO_15",
        "2010-09-15, 2026-09-15, YOUTH_FROM_16",
        // the 18th birthday: an adult
        "2008-09-15, 2026-09-14, YOUTH_FROM_16",
        "2008-09-15, 2026-09-15, ADULT",
        // born on 29 February: the 12th and 16th birthdays fall in leap years
        "2012-02-29, 2024-02-28, CHILD_UNDER_12",
        "2012-02-29, 2024-02-29, YOUTH_12_TO_15",
        "2008-02-29, 2024-02-28, YOUTH_12_TO_15",
        "2008-02-29, 2024-02-29, YOUTH_FROM_16",
        // ... the 18th in a common year: still 17 on 28 February, adult on 1 March
        "2008-02-29, 2026-02-28, YOUTH_FROM_16",
        "2008-02-29, 2026-03-01, ADULT"
    })
    @DisplayName("C-1: the rule changes on the 12th, 16th and 18th birthday, never a day early")
    void theRuleChangesOnTheBirthday(LocalDate born, LocalDate day, Ground expected) {
        var member = born(born, MOTHER, FATHER);

        var required = rule.requiredFor(member, day);

        assertThat(required.ground()).isEqualTo(expected);
        var expectedConsenters = switch (expected) {
            case CHILD_UNDER_12 -> Set.of(MOTHER, FATHER);
            case YOUTH_12_TO_15 -> Set.of(MOTHER, FATHER, member.id());
            default -> Set.of(member.id());
        };
        assertThat(required.consenters()).isEqualTo(expectedConsenters);
    }

    @Test
    @DisplayName("C-1: consent from the parents alone stops meeting the rule on the 12th birthday")
    void parentalConsentStopsMeetingTheRuleOnTheTwelfthBirthday() {
        var child = born(LocalDate.of(2014, 9, 15), MOTHER, FATHER);
        var parents = Set.of(MOTHER, FATHER);

        assertThat(rule.requiredFor(child, LocalDate.of(2026, 9, 14)).metBy(parents))
                .isTrue();
        assertThat(rule.requiredFor(child, LocalDate.of(2026, 9, 15)).metBy(parents))
                .isFalse();
        assertThat(rule.requiredFor(child, LocalDate.of(2026, 9, 15)).missingFrom(parents))
                .containsExactly(child.id());
    }

    private static Member born(LocalDate dateOfBirth, UUID... authorityHolders) {
        return new Member(
                UUID.randomUUID(),
                "Sara",
                "Jansen",
                dateOfBirth,
                null,
                "dochter",
                true,
                null,
                Set.of(authorityHolders));
    }
}
