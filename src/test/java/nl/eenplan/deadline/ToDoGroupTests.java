package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The headings of the to-do page. */
class ToDoGroupTests {

    private static final LocalDate THURSDAY = LocalDate.of(2029, 3, 15);

    @Test
    @DisplayName("G-2: before today is overdue, then today, the rest of the week up to Sunday, and later")
    void groupsByDay() {
        assertThat(ToDoGroup.of(THURSDAY.minusDays(1), THURSDAY)).isEqualTo(ToDoGroup.OVERDUE);
        assertThat(ToDoGroup.of(THURSDAY, THURSDAY)).isEqualTo(ToDoGroup.TODAY);
        assertThat(ToDoGroup.of(THURSDAY.plusDays(1), THURSDAY)).isEqualTo(ToDoGroup.THIS_WEEK);
        assertThat(ToDoGroup.of(THURSDAY.plusDays(3), THURSDAY)).isEqualTo(ToDoGroup.THIS_WEEK);
        assertThat(ToDoGroup.of(THURSDAY.plusDays(4), THURSDAY)).isEqualTo(ToDoGroup.LATER);
    }

    @Test
    @DisplayName("G-2: on a Sunday, tomorrow already belongs to later")
    void onSundayTomorrowIsLater() {
        var sunday = THURSDAY.plusDays(3);

        assertThat(ToDoGroup.of(sunday.plusDays(1), sunday)).isEqualTo(ToDoGroup.LATER);
    }
}
