package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.Set;
import nl.eenplan.participation.CoordinationForm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** M-2, M-4: the minute taker records attendance, minutes and decisions, which go into the plan. */
class MinutesAndDecisionsTests extends RoundTableTest {

    @Test
    @DisplayName("M-4: a decision becomes, in one step, a new action on a new goal in the plan")
    void aDecisionBecomesAnActionInThePlan() throws Exception {
        var id = plannedRoundTable();
        var target = roundTables.today().plusWeeks(6);

        mvc.perform(post(roundTable(id) + "/decisions")
                        .with(as(piet))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param("kind", "ACTION")
                        .param("text", "Schulden op een rij zetten")
                        .param("goal", "new")
                        .param("newGoalTitle", "Het gezin heeft grip op geld")
                        .param(
                                "participantIds",
                                inTeam(piet).id().toString(),
                                mother().id().toString())
                        .param("targetDate", target.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "meeting.decision.saved"));

        var plan = planReading.current(household, viewer(hanna));
        var goal = plan.goals().stream()
                .filter(g -> g.title().equals("Het gezin heeft grip op geld"))
                .findFirst()
                .orElseThrow();
        assertThat(goal.actions()).singleElement().satisfies(action -> {
            assertThat(action.what()).isEqualTo("Schulden op een rij zetten");
            assertThat(action.participantIds())
                    .containsExactlyInAnyOrder(inTeam(piet).id(), mother().id());
            assertThat(action.targetDate()).isEqualTo(target);
            assertThat(action.evaluationDate()).isEqualTo(target);
            assertThat(action.startDate()).isEqualTo(find(id).schedule().date());
        });
        var decisions = roundTables.detail(household, id, viewer(hanna)).decisions();
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.ACTION);
            assertThat(d.goalId()).isEqualTo(goal.id());
            assertThat(d.actionId()).isEqualTo(goal.actions().getFirst().id());
        });
        assertThat(auditEvents(piet)).contains("ROUND_TABLE_DECISION_RECORDED", "PLAN_ACTION_ADDED");
    }

    @Test
    @DisplayName("M-4: the plan's own rules refuse an incomplete action; the page says why and nothing is stored")
    void anIncompleteActionIsRefusedByThePlansRules() throws Exception {
        var id = plannedRoundTable();
        var goalsBefore = planReading.current(household, viewer(hanna)).goals().size();

        var page = mvc.perform(post(roundTable(id) + "/decisions")
                        .with(as(piet))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param("kind", "ACTION")
                        .param("text", "Schulden op een rij zetten")
                        .param("goal", "new")
                        .param("newGoalTitle", "Grip op geld")
                        .param("targetDate", roundTables.today().plusWeeks(6).toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Kies wie het doet.");
        assertThat(planReading.current(household, viewer(hanna)).goals()).hasSize(goalsBefore);
        assertThat(roundTables.detail(household, id, viewer(hanna)).decisions()).isEmpty();
    }

    @Test
    @DisplayName("M-4: goals and agreements; the chair keeps the agenda; only the minute taker records")
    void goalsAgreementsAndTheAgenda() throws Exception {
        var id = plannedRoundTable();
        minutes.decide(
                household,
                id,
                viewer(piet),
                find(id).version(),
                new NewDecision(DecisionKind.GOAL, "Sara slaapt goed", null, null, Set.of(), null, null, null));
        minutes.decide(
                household,
                id,
                viewer(piet),
                find(id).version(),
                new NewDecision(
                        DecisionKind.AGREEMENT,
                        "Over zes weken weer om tafel",
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        null));
        assertThat(planReading.current(household, viewer(hanna)).goals())
                .anyMatch(g -> g.title().equals("Sara slaapt goed"));

        mvc.perform(post(roundTable(id) + "/agenda")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param("items", "Opening", "", "Geld")
                        .param("newItem", "Rondvraag"))
                .andExpect(status().is3xxRedirection());
        assertThat(roundTables.detail(household, id, viewer(hanna)).agenda())
                .containsExactly("Opening", "Geld", "Rondvraag");
        mvc.perform(get(roundTable(id) + "/agenda").with(as(piet))).andExpect(status().isNotFound());
        mvc.perform(get(roundTable(id) + "/minutes").with(as(hanna))).andExpect(status().isNotFound());

        var page = mvc.perform(get(roundTable(id)).with(as(sanne)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Nieuw doel in het plan: Sara slaapt goed", "Afspraak: Over zes weken weer om tafel");
    }

    @Test
    @DisplayName("M-4: the minute taker records who was there and marks the round table held on its day")
    void theMinuteTakerMarksTheRoundTableHeld() throws Exception {
        var id = roundTables.takeInitiative(
                household, viewer(hanna), roundTables.today().minusDays(30));
        var window = find(id).window();
        roundTables.plan(
                household,
                id,
                viewer(hanna),
                find(id).version(),
                new Schedule(window.earliest(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Thuis", false),
                null,
                inTeam(piet).id());

        mvc.perform(post(roundTable(id) + "/minutes")
                        .with(as(piet))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param(
                                "present",
                                inTeam(piet).id().toString(),
                                mother().id().toString())
                        .param("minutes", "We hebben over school gepraat.\nSara wil graag.")
                        .param("held", "true")
                        .param("heldOn", window.earliest().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "meeting.minutes.saved"));

        var detail = roundTables.detail(household, id, viewer(hanna));
        assertThat(detail.roundTable().status()).isEqualTo(RoundTableStatus.HELD);
        assertThat(detail.roundTable().heldOn()).isEqualTo(window.earliest());
        assertThat(detail.roundTable().heldWithinWindow()).isTrue();
        assertThat(detail.attendance()).containsExactlyInAnyOrder(inTeam(piet).id(), mother().id());
        assertThat(detail.minutesParagraphs()).containsExactly("We hebben over school gepraat.", "Sara wil graag.");
        assertThat(auditEvents(piet)).contains("ROUND_TABLE_MINUTES_RECORDED", "ROUND_TABLE_HELD");

        var future = mvc.perform(post(roundTable(id) + "/minutes")
                        .with(as(piet))
                        .with(csrf())
                        .param("version", "" + find(id).version())
                        .param("held", "true")
                        .param("heldOn", roundTables.today().plusDays(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(future).contains("De Ronde Tafel kan niet na vandaag gehouden zijn.");
    }

    @Test
    @DisplayName("M-2: at the household's first round table the coordinator decided there is recorded")
    void theFirstRoundTableRecordsTheCoordinator() throws Exception {
        var first = plannedRoundTable();
        var second = plannedRoundTable();
        assertThat(roundTables.detail(household, first, viewer(piet)).chooseCoordinator())
                .isTrue();
        assertThat(roundTables.detail(household, second, viewer(piet)).chooseCoordinator())
                .isFalse();
        var form = mvc.perform(get(roundTable(first) + "/minutes").with(as(piet)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Regisseur kiezen");

        mvc.perform(post(roundTable(first) + "/coordinator")
                        .with(as(piet))
                        .with(csrf())
                        .param("version", "" + find(first).version())
                        .param(
                                "coordinationVersion",
                                "" + coordinations.of(household).version())
                        .param("coordinatorId", inTeam(hanna).id().toString())
                        .param("form", CoordinationForm.CASE_COORDINATION.name())
                        .param("chosenBy", "HOUSEHOLD"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "meeting.coordinator.saved"));

        assertThat(coordinations.of(household).coordinatorId())
                .isEqualTo(inTeam(hanna).id());
        assertThat(roundTables.detail(household, first, viewer(hanna)).decisions())
                .singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DecisionKind.COORDINATOR));
        assertThat(roundTables.detail(household, first, viewer(piet)).chooseCoordinator())
                .isFalse();
        assertThat(auditEvents(piet)).contains("ROUND_TABLE_COORDINATOR_RECORDED");
    }
}
