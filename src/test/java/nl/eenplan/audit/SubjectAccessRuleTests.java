package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** X-6, C-1: whose data a household member may see and download. */
class SubjectAccessRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final UUID motherAccount = UUID.randomUUID();
    private final DataSubject mother = subject("Sanne", LocalDate.of(1988, 4, 2), Set.of(motherAccount), Set.of());
    private final DataSubject father = subject("Karim", LocalDate.of(1986, 1, 9), Set.of(UUID.randomUUID()), Set.of());

    @Test
    @DisplayName("X-6: a member sees his own data; someone who is no member of the household sees nothing")
    void aMemberRepresentsHimselfAndAStrangerNobody() {
        assertThat(SubjectAccessRule.representedBy(motherAccount, List.of(mother, father), TODAY))
                .containsExactly(mother);
        assertThat(SubjectAccessRule.representedBy(UUID.randomUUID(), List.of(mother, father), TODAY))
                .isEmpty();
        assertThat(SubjectAccessRule.representedBy(null, List.of(mother, father), TODAY))
                .isEmpty();
    }

    @Test
    @DisplayName("X-6, C-1: a holder of parental authority represents a child under 16, not one of 16 or older")
    void parentalAuthorityCoversChildrenUnderSixteen() {
        var fifteen = subject("Sara", TODAY.minusYears(16).plusDays(1), Set.of(), Set.of(mother.memberId()));
        var sixteen = subject("Daan", TODAY.minusYears(16), Set.of(), Set.of(mother.memberId()));
        var unborn = subject("Baby", null, Set.of(), Set.of(mother.memberId()));
        var members = List.of(mother, father, fifteen, sixteen, unborn);

        assertThat(SubjectAccessRule.representedBy(motherAccount, members, TODAY))
                .containsExactly(mother, fifteen, unborn);
        assertThat(SubjectAccessRule.representedBy(
                        father.accountIds().iterator().next(), members, TODAY))
                .containsExactly(father);
    }

    @Test
    @DisplayName("X-6: the basis is the person himself, or parental authority naming the holder")
    void theBasisNamesHowTheDataIsSeen() {
        var child = subject("Sara", TODAY.minusYears(12), Set.of(), Set.of(mother.memberId()));

        assertThat(SubjectAccessRule.basis(mother, mother).text()).isEqualTo("self");
        assertThat(SubjectAccessRule.basis(mother, child).text()).isEqualTo("parental_authority:" + mother.memberId());
    }

    private static DataSubject subject(String name, LocalDate born, Set<UUID> accounts, Set<UUID> holders) {
        return new DataSubject(UUID.randomUUID(), name, born, accounts, holders);
    }
}
