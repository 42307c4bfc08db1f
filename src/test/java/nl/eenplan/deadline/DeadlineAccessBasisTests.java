package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * X-1 (NEN 7513): the entries the deadline module writes carry their basis: the to-do page the
 * reader's participation, reminders and digests {@code system}, as no person reads them.
 */
class DeadlineAccessBasisTests extends DeadlineTest {

    @Autowired
    Reminders reminders;

    @Autowired
    ToDoList toDoList;

    @Test
    @DisplayName("X-1: the to-do page rests on taking part in the team, a reminder and a digest on EenPlan itself")
    void toDoAndRemindersHaveTheirBasis() {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.BOTH);
        var target = LocalDate.of(2029, 6, 6);
        action(
                family,
                goal(family, "Rust in huis"),
                "Weekplanning maken",
                target,
                target.plusWeeks(2),
                family.sanneParticipant());

        toDoList.of(family.sanne().id(), target);
        // Monday 4 June: the weekly digest; Wednesday 6 June: the reminder on the day.
        reminders.sweep(List.of(family.sanne().id()), at(LocalDate.of(2029, 6, 4), 7, 30));
        reminders.sweep(List.of(family.sanne().id()), at(target, 8, 0));

        assertThat(bases(family, "DEADLINES_LISTED")).containsExactly("participation:" + family.sanneParticipant());
        assertThat(bases(family, "REMINDER_SENT"))
                .hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("system");
        assertThat(withoutBasis(family.household())).isZero();
    }

    @Test
    @DisplayName("X-1: on the to-do page, a step term of someone outside the team rests on that escalation")
    void aStepTermOutsideTheTeamRestsOnTheEscalation() {
        var escalation = UUID.randomUUID();
        var term = new Deadline(
                "escalation:" + escalation + ":2",
                DeadlineKind.ESCALATION_STEP,
                LocalDate.of(2029, 6, 6),
                "Toezegging",
                UUID.randomUUID(),
                "Gezin",
                "/households");
        var action = new Deadline(
                "action:" + UUID.randomUUID(),
                DeadlineKind.ACTION,
                LocalDate.of(2029, 6, 6),
                "Iets doen",
                null,
                null,
                "/households");

        assertThat(ToDoAccessBasis.escalationSteps(List.of(term, action)).text())
                .isEqualTo("escalation:" + escalation);
        assertThat(ToDoAccessBasis.escalationSteps(List.of(action)).text()).isEqualTo("system");
    }

    private List<String> bases(Family family, String event) {
        return jdbc.sql("select basis from audit_entry where household_id = ? and event = ? order by id")
                .params(family.household(), event)
                .query(String.class)
                .list();
    }

    private int withoutBasis(UUID household) {
        return jdbc.sql("select count(*) from audit_entry where household_id = ? and (basis is null or basis = '')")
                .param(household)
                .query(Integer.class)
                .single();
    }
}
