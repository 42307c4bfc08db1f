package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deadlines round tables put on the to-do page and into reminders (M-3, M-4). */
class MeetingDeadlinesTests extends RoundTableTest {

    @Autowired
    MeetingDeadlines deadlines;

    @Test
    @DisplayName("M-3: whoever took the initiative holds the round table by the window's last day, until it is held")
    void theInitiatorHoldsItWithinTheWindow() {
        var id = plannedRoundTable();
        var roundTable = find(id);
        var today = roundTables.today();

        assertThat(deadlines).isInstanceOf(DeadlineSource.class);
        assertThat(deadlines.openDeadlinesOf(hanna.id(), today))
                .filteredOn(d -> d.kind() == DeadlineKind.ROUND_TABLE)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.due()).isEqualTo(roundTable.window().latest());
                    assertThat(d.path()).isEqualTo(roundTable(id));
                    assertThat(d.householdId()).isEqualTo(household);
                    assertThat(d.household()).isEqualTo("Gezin " + familyName);
                    assertThat(d.what()).contains("14:00", "Wijkcentrum De Brug");
                });
        assertThat(deadlines.openDeadlinesOf(piet.id(), today)).isEmpty();
        assertThat(deadlines.accountsWithDeadlinesUntil(roundTable.window().latest()))
                .contains(hanna.id());
        assertThat(deadlines.accountsWithDeadlinesUntil(
                        roundTable.window().latest().minusDays(1)))
                .doesNotContain(hanna.id());

        var latest = roundTable.window().latest();
        assertThat(deadlines.accountsWithDeadlinesBetween(latest, latest)).contains(hanna.id());
        assertThat(deadlines.accountsWithDeadlinesBetween(latest.plusDays(1), latest.plusDays(5)))
                .doesNotContain(hanna.id());

        roundTables.cancel(household, id, viewer(hanna), roundTable.version());
        assertThat(deadlines.openDeadlinesOf(hanna.id(), today)).isEmpty();
    }

    @Test
    @DisplayName("M-4: an invitee answers by the day before the meeting; the answer ends the deadline")
    void inviteesAnswerByTheDayBefore() {
        var id = plannedRoundTable();
        invite(id, piet, sanne);
        var meeting = find(id).schedule().date();
        var today = roundTables.today();

        assertThat(deadlines.openDeadlinesOf(piet.id(), today)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.ROUND_TABLE_REPLY);
            assertThat(d.due()).isEqualTo(meeting.minusDays(1));
            assertThat(d.path()).isEqualTo(roundTable(id));
        });
        assertThat(deadlines.accountsWithDeadlinesUntil(meeting.minusDays(1))).contains(piet.id(), sanne.id());
        assertThat(deadlines.accountsWithDeadlinesUntil(meeting.minusDays(2))).doesNotContain(piet.id());
        assertThat(deadlines.accountsWithDeadlinesBetween(meeting.minusDays(1), meeting.minusDays(1)))
                .contains(piet.id());
        assertThat(deadlines.accountsWithDeadlinesBetween(meeting, meeting.plusDays(3)))
                .doesNotContain(piet.id());

        invitations.answer(household, id, viewer(piet), find(id).sequence(), new Reply(Answer.DECLINE, null, null));

        assertThat(deadlines.openDeadlinesOf(piet.id(), today)).isEmpty();
        assertThat(deadlines.openDeadlinesOf(sanne.id(), today))
                .extracting(Deadline::kind)
                .containsExactly(DeadlineKind.ROUND_TABLE_REPLY);
        minutes.recordMinutes(household, id, viewer(piet), find(id).version(), "", Set.of(), null);
        assertThat(deadlines.openDeadlinesOf(sanne.id(), today)).hasSize(1);
    }
}
