package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.eenplan.plan.NewAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InitiativeAndWindowTests extends RoundTableTest {

    @Test
    @DisplayName("M-3: the window runs from the 5th to the 15th working day after the initiative, holidays skipped")
    void theWindowCountsWorkingDaysFromTheInitiative() {
        var id = roundTables.takeInitiative(household, viewer(hanna), LocalDate.of(2026, 4, 20));

        var roundTable = find(id);
        assertThat(roundTable.initiatedOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        // King's Day (Mon 27 April 2026) is skipped; 5 May 2026 is a working day.
        assertThat(roundTable.window().earliest()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(roundTable.window().latest()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(roundTable.status()).isEqualTo(RoundTableStatus.PLANNED);
        assertThat(auditEvents(hanna)).contains("ROUND_TABLE_INITIATED");
    }

    @Test
    @DisplayName("M-2: taking the initiative does not make the professional the coordinator")
    void theInitiativeDoesNotMakeYouCoordinator() throws Exception {
        mvc.perform(post(roundTables()).with(as(piet)).with(csrf()).param("initiatedOn", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "meeting.initiative.taken"));

        assertThat(coordinations.of(household).hasCoordinator()).isFalse();
        var overview = roundTables.overview(household, viewer(piet));
        assertThat(overview.roundTables()).hasSize(1);
        assertThat(overview.roundTables().getFirst().initiatorId())
                .isEqualTo(inTeam(piet).id());
        assertThat(overview.roundTables().getFirst().initiatedOn()).isEqualTo(roundTables.today());
    }

    @Test
    @DisplayName("M-2: only a professional takes the initiative; the household is told so, a future date is refused")
    void onlyProfessionalsTakeTheInitiative() throws Exception {
        assertThatThrownBy(() -> roundTables.takeInitiative(household, viewer(sanne), null))
                .isInstanceOf(RoundTableRefused.class)
                .hasMessage("meeting.initiative.professionalsOnly");
        var page = mvc.perform(post(roundTables())
                        .with(as(hanna))
                        .with(csrf())
                        .param("initiatedOn", roundTables.today().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("De datum van het initiatief kan niet na vandaag liggen.");
        assertThat(roundTables.overview(household, viewer(hanna)).roundTables()).isEmpty();
    }

    @Test
    @DisplayName("M-3: a date outside the window is saved, with a clear warning on the page")
    void aDateOutsideTheWindowIsAllowedWithAWarning() throws Exception {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var window = find(id).window();
        var planning = mvc.perform(get(roundTable(id) + "/planning").with(as(hanna)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(planning).contains("tussen 5 en 15 werkdagen");

        mvc.perform(post(roundTable(id) + "/planning")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param("date", window.latest().plusDays(7).toString())
                        .param("start", "10:00")
                        .param("end", "11:30")
                        .param("place", "Wijkcentrum De Brug"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "meeting.planned.outsideWindow"));

        assertThat(find(id).outsideWindow()).isTrue();
        var detail = mvc.perform(get(roundTable(id)).with(as(sanne)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail).contains("Let op: de gekozen datum ligt buiten de termijn");
    }

    @Test
    @DisplayName(
            "M-3: within the window no warning; a meeting by phone needs no place, an end before the start is refused")
    void aDateWithinTheWindowNeedsNoWarning() throws Exception {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var window = find(id).window();

        var refused = mvc.perform(post(roundTable(id) + "/planning")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param("date", window.earliest().toString())
                        .param("start", "10:00")
                        .param("end", "09:00"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("De eindtijd komt na de begintijd.");

        roundTables.plan(
                household,
                id,
                viewer(hanna),
                find(id).version(),
                new Schedule(window.latest(), LocalTime.of(9, 0), LocalTime.of(10, 0), null, true),
                null,
                null);
        assertThat(find(id).outsideWindow()).isFalse();
        assertThat(find(id).schedule().remote()).isTrue();
        var detail = mvc.perform(get(roundTable(id)).with(as(hanna)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail).doesNotContain("buiten de termijn").contains("Telefonisch of met video");
    }

    @Test
    @DisplayName("M-4: a stale edit of a round table is explained on the page (409), nothing is saved")
    void aStaleEditIsExplained() throws Exception {
        var id = plannedRoundTable();
        var stale = find(id).version() - 1;

        var page = mvc.perform(post(roundTable(id) + "/planning")
                        .with(as(piet))
                        .with(csrf())
                        .param("version", "" + stale)
                        .param("date", find(id).window().latest().toString())
                        .param("start", "10:00")
                        .param("end", "11:00")
                        .param("place", "Elders"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Iemand anders heeft deze Ronde Tafel net veranderd");
        assertThat(find(id).schedule().place()).isEqualTo("Wijkcentrum De Brug");
        mvc.perform(post(roundTable(id) + "/cancel").with(as(piet)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.PLANNED);
    }

    @Test
    @DisplayName("M-4: the agenda is prepared from the plan: open goals, overdue actions, evaluations due")
    void theAgendaComesFromThePlan() {
        var plan = planReading.current(household, viewer(hanna));
        var goal = planEditing.addGoal(household, viewer(hanna), plan.version(), "Sara gaat elke dag naar school");
        var today = roundTables.today();
        planEditing.addAction(
                household,
                viewer(hanna),
                plan.version() + 1,
                goal,
                new NewAction(
                        "Wekker zetten",
                        Set.of(inTeam(hanna).id()),
                        today.minusWeeks(4),
                        today.minusWeeks(1),
                        today.plusDays(2)));

        var id = roundTables.takeInitiative(household, viewer(hanna), null);

        var agenda = roundTables.detail(household, id, viewer(hanna)).agenda();
        assertThat(agenda)
                .contains("Wie wordt de regisseur?", "Doel: Sara gaat elke dag naar school")
                .anyMatch(item -> item.startsWith("Actie niet op tijd klaar: Wekker zetten"))
                .anyMatch(item -> item.startsWith("Evaluatie van het doel: Sara gaat elke dag naar school"));
    }
}
