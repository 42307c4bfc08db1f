package nl.eenplan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.Member;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of keeping and destroying a youth-care file, against the text of X-6. */
class RetentionPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    @DisplayName("X-6: a file whose care ended on 4 December 2026 is kept until 3 December 2046 and due on 4 December")
    void keptTwentyYearsAfterCareEnded() {
        assertThat(RetentionPolicy.destroyOn(TODAY)).isEqualTo(LocalDate.of(2046, 12, 4));
        assertThat(RetentionPolicy.due(TODAY, LocalDate.of(2046, 12, 3))).isFalse();
        assertThat(RetentionPolicy.due(TODAY, LocalDate.of(2046, 12, 4))).isTrue();
        assertThat(RetentionPolicy.endedNoLaterThan(LocalDate.of(2046, 12, 4))).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("X-6: care that ended on 29 February 2080 is due on 28 February 2100, a year without a 29th")
    void aLeapDay() {
        assertThat(RetentionPolicy.destroyOn(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2048, 2, 29));
        assertThat(RetentionPolicy.destroyOn(LocalDate.of(2080, 2, 29))).isEqualTo(LocalDate.of(2100, 2, 28));
    }

    @Test
    @DisplayName("X-6: a youth from the day he turns 12 until 18 may ask for earlier destruction; at 11 he may not")
    void aYouthFromTwelve() {
        var twelve = member(TODAY.minusYears(12), Set.of());
        var almostTwelve = member(TODAY.minusYears(12).plusDays(1), Set.of());
        var seventeen = member(TODAY.minusYears(18).plusDays(1), Set.of());
        var household = List.of(twelve, almostTwelve, seventeen);
        assertThat(RetentionPolicy.entitlement(twelve, household, TODAY)).contains(RetentionPolicy.Entitlement.YOUTH);
        assertThat(RetentionPolicy.entitlement(seventeen, household, TODAY))
                .contains(RetentionPolicy.Entitlement.YOUTH);
        assertThat(RetentionPolicy.entitlement(almostTwelve, household, TODAY)).isEmpty();
    }

    @Test
    @DisplayName(
            "X-6: a parent with parental authority over a minor may ask; another adult, or an expected child, may not")
    void aParentWithAuthority() {
        var mother = member(LocalDate.of(1985, 6, 1), Set.of());
        var grandpa = member(LocalDate.of(1950, 1, 1), Set.of());
        var child = member(TODAY.minusYears(8), Set.of(mother.id()));
        var unborn = new Member(
                UUID.randomUUID(), "Baby", "Jansen", null, TODAY.plusMonths(2), "kind", true, null, Set.of());
        var household = List.of(mother, grandpa, child, unborn);
        assertThat(RetentionPolicy.entitlement(mother, household, TODAY)).contains(RetentionPolicy.Entitlement.PARENT);
        assertThat(RetentionPolicy.entitlement(grandpa, household, TODAY)).isEmpty();
        assertThat(RetentionPolicy.entitlement(unborn, household, TODAY)).isEmpty();
    }

    @Test
    @DisplayName("X-6: authority over a child who has come of age no longer makes a parent entitled")
    void authorityEndsAtEighteen() {
        var father = member(LocalDate.of(1970, 1, 1), Set.of());
        var son = member(TODAY.minusYears(19), Set.of(father.id()));
        assertThat(RetentionPolicy.entitlement(father, List.of(father, son), TODAY))
                .isEmpty();
    }

    private static Member member(LocalDate born, Set<UUID> authorityHolders) {
        return new Member(UUID.randomUUID(), "Iemand", "Jansen", born, null, "lid", true, null, authorityHolders);
    }
}
