package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.eenplan.identity.AccountKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The to-do page: every deadline of the person logged in, overdue first, and how to be reminded. */
class ToDoListTests extends DeadlineTest {

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.of("nl"));

    @Autowired
    ToDoList toDoList;

    @Test
    @DisplayName(
            "G-2, G-3, PL-10: the to-do page shows each deadline under Te laat, Vandaag, Deze week or Later, with a link to where it is done")
    void theToDoPageGroupsDeadlinesOverdueFirst() throws Exception {
        var family = family();
        var today = today();
        var goal = goal(family, "Sara gaat elke dag naar school");
        var evaluation = today.plusWeeks(10);
        var call = action(family, goal, "Leerplicht bellen", today.minusDays(3), evaluation, family.hannaParticipant());
        action(family, goal, "Mentor spreken", today, evaluation, family.hannaParticipant());
        var thisWeek = today.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (thisWeek) {
            action(family, goal, "Formulier invullen", today.plusDays(1), evaluation, family.hannaParticipant());
        }
        action(family, goal, "Wekker zetten", today.plusDays(20), evaluation, family.sanneParticipant());
        var plan = "/households/" + family.household() + "/plan";

        var page = mvc.perform(get("/to-do").with(as(family.hanna())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"utrecht-heading-1\">Te doen</h1>")))
                .andExpect(content().string(containsString("href=\"/to-do\"")))
                .andExpect(content().string(containsString("href=\"" + plan + "\"")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"" + plan + "/approach#action-" + call + "\">Leerplicht bellen</a>")))
                .andExpect(content()
                        .string(containsString("href=\"" + plan + "/goals/" + goal
                                + "/evaluation\">Sara gaat elke dag naar school</a>")))
                .andExpect(content().string(containsString(family.name())))
                .andExpect(content().string(containsString("Doel evalueren")))
                .andExpect(content().string(containsString(">Plan vaststellen</a>")))
                .andExpect(content().string(containsString("Uiterlijk " + DUTCH_DAY.format(today.minusDays(3)))))
                .andExpect(content().string(not(containsString("Wekker zetten"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page.indexOf(">Te laat (1)<")).isPositive().isLessThan(page.indexOf(">Leerplicht bellen<"));
        assertThat(page.indexOf(">Leerplicht bellen<")).isLessThan(page.indexOf(">Vandaag (1)<"));
        assertThat(page.indexOf(">Vandaag (1)<")).isLessThan(page.indexOf(">Mentor spreken<"));
        if (thisWeek) {
            assertThat(page.indexOf(">Mentor spreken<")).isLessThan(page.indexOf(">Deze week (1)<"));
            assertThat(page.indexOf(">Deze week (1)<")).isLessThan(page.indexOf(">Formulier invullen<"));
        }
        assertThat(page.indexOf(">Mentor spreken<")).isLessThan(page.indexOf(">Later (2)<"));
        assertThat(page.indexOf(">Later (2)<")).isLessThan(page.indexOf(">Plan vaststellen</a>"));
        assertThat(page.indexOf(">Plan vaststellen</a>"))
                .isLessThan(page.indexOf(">Sara gaat elke dag naar school</a>"));
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and household_id = ? and event = ?")
                        .params(family.hanna().id(), family.household(), "DEADLINES_LISTED")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("X-5: each person sees only their own deadlines; someone outside the family sees none of it")
    void everyoneSeesOnlyTheirOwnDeadlines() throws Exception {
        var family = family();
        var goal = goal(family, "Sara gaat elke dag naar school");
        action(family, goal, "Wekker zetten", today().plusDays(20), today().plusWeeks(8), family.sanneParticipant());
        var call = action(
                family,
                goal,
                "Leerplicht bellen",
                today().plusDays(2),
                today().plusWeeks(8),
                family.hannaParticipant());

        mvc.perform(get("/to-do").with(as(family.sanne())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Wekker zetten</a>")))
                .andExpect(content().string(not(containsString("Leerplicht bellen"))))
                .andExpect(content().string(not(containsString("Plan vaststellen"))));
        mvc.perform(get("/to-do").with(as(person("Buurvrouw", AccountKind.CITIZEN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U hoeft nu niets te doen voor een datum.")))
                .andExpect(content().string(not(containsString(family.name()))))
                .andExpect(content().string(not(containsString("Wekker zetten"))));
    }

    @Test
    @DisplayName("G-2: the list puts overdue deadlines first, then the soonest")
    void theListIsOverdueFirstThenSoonest() {
        var family = family();
        var goal = goal(family, "Schulden op een rij");
        var day = LocalDate.of(2029, 6, 13);
        var who = family.sanneParticipant();
        action(family, goal, "Later", day.plusDays(30), day.plusDays(60), who);
        action(family, goal, "Te laat", day.minusDays(1), day.plusDays(60), who);
        action(family, goal, "Morgen", day.plusDays(1), day.plusDays(60), who);
        action(family, goal, "Lang geleden", day.minusDays(40), day.plusDays(60), who);

        var toDo = toDoList.of(family.sanne().id(), day);

        assertThat(toDo.deadlines())
                .extracting(Deadline::what)
                .containsExactly("Lang geleden", "Te laat", "Morgen", "Later");
        assertThat(toDo.grouped()).containsOnlyKeys(ToDoGroup.OVERDUE, ToDoGroup.THIS_WEEK, ToDoGroup.LATER);
    }

    @Test
    @DisplayName("G-2: each person chooses on the to-do page how to be reminded: digest, immediate or both")
    void choosesHowToBeReminded() throws Exception {
        var sanne = person("Sanne Jansen", AccountKind.CITIZEN);
        mvc.perform(get("/to-do").with(as(sanne)))
                .andExpect(content().string(containsString("id=\"reminders-choice-BOTH\" value=\"BOTH\" checked")));

        var saved = mvc.perform(
                        post("/to-do/reminders").with(as(sanne)).with(csrf()).param("choice", "DIGEST"))
                .andExpect(redirectedUrl("/to-do"))
                .andExpect(flash().attribute("notice", "deadline.reminders.saved"))
                .andReturn();
        mvc.perform(get("/to-do").with(as(sanne)).cookie(saved.getResponse().getCookie("JSESSIONID")))
                .andExpect(content().string(containsString("Uw keuze voor herinneringen is opgeslagen.")))
                .andExpect(content().string(containsString("id=\"reminders-choice-DIGEST\" value=\"DIGEST\" checked")));
        assertThat(preferences.of(sanne.id())).isEqualTo(ReminderChoice.DIGEST);

        mvc.perform(post("/to-do/reminders").with(as(sanne)).param("choice", "IMMEDIATE"))
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.of(sanne.id())).isEqualTo(ReminderChoice.DIGEST);
        mvc.perform(post("/to-do/reminders").with(as(sanne)).with(csrf()).param("choice", "SOMETIMES"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies welke e-mails u wilt krijgen.")));
        assertThat(preferences.of(sanne.id())).isEqualTo(ReminderChoice.DIGEST);
    }
}
