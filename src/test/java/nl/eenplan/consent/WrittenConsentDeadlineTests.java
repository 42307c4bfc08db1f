package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** C-3: after oral consent the written form is on the recorder's to-do list until it comes in. */
class WrittenConsentDeadlineTests extends ConsentTest {

    @Autowired
    ConsentDeadlines deadlines;

    @Test
    @DisplayName(
            "C-3: oral consent puts the written form on the recorder's to-do list, due in 14 days, until it is registered")
    void oralConsentPutsTheWrittenFormOnTheToDoList() {
        DeadlineSource source = deadlines;
        var id = registry.give(household, hanna.id(), saraForHanna(ConsentManner.ORAL));

        var open = source.openDeadlinesOf(hanna.id(), today);
        assertThat(open).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.WRITTEN_CONSENT);
            assertThat(d.due()).isEqualTo(today.plusDays(registry.writtenFormDays()));
            assertThat(d.due()).isEqualTo(today.plusDays(14));
            assertThat(d.householdId()).isEqualTo(household);
            assertThat(d.household()).isEqualTo("Gezin De " + familyName);
            assertThat(d.what()).contains("Sara " + familyName).contains("Hulp van school");
            assertThat(d.path()).isEqualTo("/households/" + household + "/consents#consent-" + id);
        });
        assertThat(source.accountsWithDeadlinesUntil(today.plusDays(14))).contains(hanna.id());
        assertThat(source.accountsWithDeadlinesUntil(today.plusDays(13))).doesNotContain(hanna.id());
        assertThat(source.openDeadlinesOf(piet.id(), today)).isEmpty();

        registry.registerWrittenForm(household, id, 0, piet.id());

        assertThat(source.openDeadlinesOf(hanna.id(), today)).isEmpty();
        assertThat(source.accountsWithDeadlinesUntil(today.plusDays(14))).doesNotContain(hanna.id());
        assertThat(registry.mayShare(household, sara, InformationCategory.PLAN, hanna.id(), today)
                        .allowed())
                .isTrue();
    }

    @Test
    @DisplayName("C-3: written consent sets no deadline; withdrawn oral consent needs no written form")
    void writtenOrWithdrawnConsentSetsNoDeadline() {
        registry.give(household, hanna.id(), saraForHanna(ConsentManner.WRITTEN));
        var oral = registry.give(household, hanna.id(), saraForHanna(ConsentManner.ORAL));
        assertThat(deadlines.openDeadlinesOf(hanna.id(), today))
                .extracting(Deadline::key)
                .containsExactly("consent-written:" + oral);

        registry.withdraw(household, oral, 0, sanneAccount.id());

        assertThat(deadlines.openDeadlinesOf(hanna.id(), today)).isEmpty();
    }
}
