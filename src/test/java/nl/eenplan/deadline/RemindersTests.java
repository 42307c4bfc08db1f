package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders by mail at fixed moments (G-2, X-4): before and on the due date, exactly once, and the
 * weekly digest, as each person chose. Most tests sweep only their own family, so that the
 * deadlines other tests left behind do not matter.
 */
class RemindersTests extends DeadlineTest {

    private static final String BEFORE = "Herinnering: binnenkort moet iets klaar zijn in EenPlan";
    private static final String ON = "Herinnering: vandaag moet iets klaar zijn in EenPlan";
    private static final String LATE = "Herinnering: iets in EenPlan is te laat";

    @Autowired
    Reminders reminders;

    @Test
    @DisplayName(
            "X-4, G-2: a target date on Wednesday 27 December 2028 is reminded on Thursday 21 December: two working days, past the weekend and Christmas")
    void theReminderBeforeCountsWorkingDays() {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.IMMEDIATE);
        var target = LocalDate.of(2028, 12, 27);
        action(
                family,
                goal(family, "Sara gaat elke dag naar school"),
                "Wekker zetten",
                target,
                target.plusWeeks(2),
                family.sanneParticipant());

        sweep(family, at(LocalDate.of(2028, 12, 20), 10, 0));
        assertThat(mailsTo(family, BEFORE)).isZero();

        sweep(family, at(LocalDate.of(2028, 12, 21), 10, 0));
        sweep(family, at(LocalDate.of(2028, 12, 22), 10, 0));
        assertThat(mailsTo(family, BEFORE)).isEqualTo(1);
        assertThat(mailsTo(family, ON)).isZero();

        sweep(family, at(target, 8, 0));
        assertThat(mailsTo(family, ON)).isEqualTo(1);
        assertThat(mailsTo(family, BEFORE)).isEqualTo(1);
    }

    @Test
    @DisplayName("G-2: on the due day the reminder goes once, however often the sweep runs")
    void theReminderOnTheDayGoesOnce() {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.IMMEDIATE);
        var target = LocalDate.of(2029, 1, 2);
        action(
                family,
                goal(family, "Schulden op een rij"),
                "Brief openen",
                target,
                target.plusWeeks(2),
                family.sanneParticipant());

        sweep(family, at(target, 8, 0));
        sweep(family, at(target, 8, 0));
        sweep(family, at(target, 16, 30));

        assertThat(mailsTo(family, ON)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reminder_sent where account_id = ? and moment = 'ON'")
                        .param(family.sanne().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("G-2: a reminder missed while EenPlan was down goes at the first sweep after it")
    void aMissedReminderGoesLate() {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.IMMEDIATE);
        var friday = LocalDate.of(2029, 3, 9);
        action(
                family,
                goal(family, "Schulden op een rij"),
                "Brief openen",
                friday,
                friday.plusWeeks(2),
                family.sanneParticipant());

        sweep(family, at(friday.plusDays(3), 9, 0));
        sweep(family, at(friday.plusDays(4), 9, 0));

        assertThat(mailsTo(family, LATE)).isEqualTo(1);
        assertThat(mailsTo(family, BEFORE)).isZero();
    }

    @Test
    @DisplayName("G-2: who chose the digest gets no mail before or on the day, only the weekly overview")
    void theDigestChoiceSendsNoImmediateMail() {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.DIGEST);
        var tuesday = LocalDate.of(2029, 3, 13);
        action(
                family,
                goal(family, "Schulden op een rij"),
                "Brief openen",
                tuesday,
                tuesday.plusWeeks(2),
                family.sanneParticipant());

        sweep(family, at(tuesday.minusDays(1), 8, 0));
        sweep(family, at(tuesday, 9, 0));

        assertThat(mailsTo(family, BEFORE) + mailsTo(family, ON)).isZero();
        assertThat(mailsTo(family, "Uw overzicht van week 11 in EenPlan")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "G-2: the weekly overview goes once a week, from Monday 07:00 Dutch time, and lists every open deadline")
    void theDigestGoesOnceAWeekFromMondaySeven() {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.BOTH);
        var monday = LocalDate.of(2029, 5, 21);
        var goal = goal(family, "Sara gaat elke dag naar school");
        action(family, goal, "Wekker zetten", monday.plusDays(9), monday.plusWeeks(8), family.sanneParticipant());
        action(family, goal, "Rooster ophangen", monday.plusWeeks(6), monday.plusWeeks(8), family.sanneParticipant());

        sweep(family, at(monday, 6, 59));
        assertThat(mailsTo(family, "Uw overzicht van week 21 in EenPlan")).isZero();

        sweep(family, at(monday, 7, 0));
        sweep(family, at(monday.plusDays(2), 12, 0));
        assertThat(mailsTo(family, "Uw overzicht van week 21 in EenPlan")).isEqualTo(1);

        sweep(family, at(monday.plusWeeks(1), 7, 30));
        assertThat(mailsTo(family, "Uw overzicht van week 22 in EenPlan")).isEqualTo(1);

        var digest = jdbc.sql("select body from outbox_mail where recipient = ? and subject = ?")
                .params(family.sanne().email(), "Uw overzicht van week 21 in EenPlan")
                .query(String.class)
                .single();
        var plan = MAIL_BASE_URL + "/households/" + family.household() + "/plan";
        assertThat(digest)
                .contains("- Actie, uiterlijk woensdag 30 mei 2029:\n  " + plan + "/approach#action-")
                .contains("- Actie, uiterlijk maandag 2 juli 2029:\n  " + plan + "/approach#action-")
                .contains(MAIL_BASE_URL + "/to-do")
                .doesNotContain("Wekker")
                .doesNotContain(family.name());
    }

    @Test
    @DisplayName("G-2: the sweep mails the reminder, logs it, and its link opens the action on tab 2 of the plan")
    void theReminderMailLinksToThePlan() throws Exception {
        var family = family();
        preferences.choose(family.sanne().id(), ReminderChoice.IMMEDIATE);
        // A Monday before 07:00: no digest yet, and no other test has deadlines in this week.
        var monday = LocalDate.of(2031, 3, 10);
        var alarm = action(
                family,
                goal(family, "Sara gaat elke dag naar school"),
                "Wekker zetten",
                monday,
                monday.plusWeeks(6),
                family.sanneParticipant());

        assertThat(reminders.sweep(at(monday, 6, 30))).isGreaterThanOrEqualTo(1);
        assertThat(reminders.sweep(at(monday, 6, 45))).isZero();

        var mail = awaitMailTo(family.sanne().email());
        var body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo(ON);
        assertThat(body)
                .contains("Wat: Actie", "Uiterlijk: maandag 10 maart 2031")
                .doesNotContain(family.name())
                .doesNotContain("Wekker");
        var link = URI.create(linkIn(body));
        assertThat(link.toString())
                .isEqualTo(baseUrl() + "/households/" + family.household() + "/plan/approach#action-" + alarm);
        // The link opens tab 2 of the plan, where the action is, with the anchor of the action.
        mvc.perform(get(link.getPath()).with(as(family.sanne())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"action-" + alarm + "\"")))
                .andExpect(content().string(Matchers.containsString("Wekker zetten")));
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and household_id = ? and event = ?")
                        .params(family.sanne().id(), family.household(), "REMINDER_SENT")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private void sweep(Family family, java.time.Instant now) {
        reminders.sweep(List.of(family.sanne().id()), now);
    }

    private int mailsTo(Family family, String subject) {
        return jdbc.sql("select count(*) from outbox_mail where recipient = ? and subject = ?")
                .params(family.sanne().email(), subject)
                .query(Integer.class)
                .single();
    }
}
