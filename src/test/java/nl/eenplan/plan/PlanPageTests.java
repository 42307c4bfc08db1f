package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plan's tab pages: who coordinates and tab 1, goals and actions on tab 2, and who sees what. */
class PlanPageTests extends PlanPageTest {

    @Test
    @DisplayName("R-1, G-2: the page shows who coordinates, and per goal who does what and when")
    void showsCoordinatorGoalsAndActions() throws Exception {
        hannaCoordinates();
        var goal = goal("Sara gaat elke dag naar school");
        action(goal, "Wekker en ontbijtplan maken", hannaInTeam(), mother());

        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan van Gezin " + familyName)))
                .andExpect(content().string(containsString("Hanna Hulp heeft de regie.")))
                .andExpect(content().string(containsString("Casusregie, niet complex.")))
                .andExpect(content().string(containsString("/households/" + household + "/coordination")))
                .andExpect(content().string(containsString("Concept. Het plan is nog niet vastgesteld.")));
        mvc.perform(get(approach()).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1. Sara gaat elke dag naar school")))
                .andExpect(content().string(containsString("Wekker en ontbijtplan maken")))
                .andExpect(content().string(containsString("Hanna Hulp, Sanne " + familyName)))
                .andExpect(content().string(containsString("1 december 2026")))
                .andExpect(content().string(containsString("Concept. Het plan is nog niet vastgesteld.")));
    }

    @Test
    @DisplayName("PL-1, PL-8, PL-10: tab 1 is saved and the legal terms are computed from its dates")
    void tab1IsSavedWithTheLegalTerms() throws Exception {
        mvc.perform(post(plan() + "/tab1")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("arrangement", "COORDINATION_MEETING")
                        .param("firstAgreements", "Elke maand een overleg bij de school.")
                        .param("writtenPlanRequestedOn", "2026-12-01")
                        .param("noFamilyGroupPlanOn", "2026-11-02"))
                .andExpect(redirectedUrl(plan() + "#tab1"));

        mvc.perform(get(plan()).with(as(hanna)))
                .andExpect(content().string(containsString("Elke maand een overleg bij de school.")))
                // 14 days after Tuesday 1 December; 6 weeks after Monday 2 November.
                .andExpect(content().string(containsString("uiterlijk 15 december 2026 op papier")))
                .andExpect(content().string(containsString("uiterlijk 14 december 2026 vastgesteld")));
    }

    @Test
    @DisplayName("PL-1: 'other' needs a description; the page says so and stores nothing")
    void tab1WithMistakesIsExplained() throws Exception {
        mvc.perform(post(plan() + "/tab1")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("arrangement", "OTHER")
                        .param("firstAgreements", "Iets"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Niet alles is goed ingevuld.")))
                .andExpect(content().string(containsString("Schrijf op hoe u de regie anders regelt.")))
                .andExpect(content().string(containsString("href=\"#tab1-arrangementOther\"")));
        assertThat(version()).isZero();
    }

    @Test
    @DisplayName("Bad input (an empty goal, an action without who or dates) is explained and stores nothing")
    void badGoalsAndActionsAreExplained() throws Exception {
        mvc.perform(post(plan() + "/goals")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("title", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Schrijf het doel op.")));
        assertThat(goalCount()).isZero();

        var goal = goal("Rust in huis");
        mvc.perform(post(plan() + "/goals/" + goal + "/actions")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("what", "Elke avond samen eten")
                        .param("startDate", "2026-12-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies wie het doet.")))
                .andExpect(content().string(containsString("Elke avond samen eten")));
        mvc.perform(post(plan() + "/goals/" + goal + "/actions")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("what", "Elke avond samen eten")
                        .param("participantIds", mother().id().toString())
                        .param("startDate", "geen datum"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Deze keuze klopt niet.")));
        assertThat(planReading.current(household, viewer(hanna)).actions()).isEmpty();

        mvc.perform(post(plan() + "/goals/" + goal + "/actions")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("what", "Elke avond samen eten")
                        .param(
                                "participantIds",
                                mother().id().toString(),
                                hannaInTeam().id().toString())
                        .param("startDate", "2026-12-01")
                        .param("targetDate", "2026-12-31")
                        .param("evaluationDate", "2027-01-15"))
                .andExpect(redirectedUrl(approach() + "#goal-" + goal));
        assertThat(planReading
                        .current(household, viewer(hanna))
                        .actions()
                        .findFirst()
                        .orElseThrow()
                        .participantIds())
                .containsExactlyInAnyOrder(mother().id(), hannaInTeam().id());
    }

    @Test
    @DisplayName("G-1: past five open goals the page warns gently; goals move up in the household's order")
    void warnsPastFiveGoalsAndGoalsMoveUp() throws Exception {
        for (int i = 1; i <= Plan.GOALS_BEFORE_WARNING; i++) {
            goal("Doel nummer " + i);
        }
        mvc.perform(get(approach()).with(as(hanna)))
                .andExpect(content().string(not(containsString("meer dan 5 open doelen"))));

        var sixth = goal("Doel nummer 6");
        mvc.perform(get(approach()).with(as(hanna)))
                .andExpect(content().string(containsString("Het plan heeft meer dan 5 open doelen.")));

        mvc.perform(post(plan() + "/goals/" + sixth + "/raise")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl(approach() + "#goal-" + sixth));
        assertThat(planReading.current(household, viewer(hanna)).goals())
                .extracting(Goal::title)
                .endsWith("Doel nummer 6", "Doel nummer 5");
    }

    @Test
    @DisplayName(
            "Two people save on the same version: the second gets 409 with the plan as it is now, the first is kept")
    void aSecondSaveOnTheSameVersionIsRefused() throws Exception {
        var seen = version();
        mvc.perform(post(plan() + "/goals")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("title", "Eerste doel"))
                .andExpect(redirectedUrlPattern(approach() + "#goal-*"));
        mvc.perform(post(plan() + "/goals")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("title", "Tweede doel"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft het plan net veranderd.")))
                .andExpect(content().string(containsString("1. Eerste doel")))
                .andExpect(content().string(containsString("value=\"" + version() + "\"")));
        mvc.perform(post(plan() + "/tab1")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("arrangement", "PHONE"))
                .andExpect(status().isConflict());

        assertThat(planReading.current(household, viewer(hanna)).goals())
                .extracting(Goal::title)
                .containsExactly("Eerste doel");
        assertThat(planReading.current(household, viewer(hanna)).arrangement()).isNull();
    }

    @Test
    @DisplayName("X-5: a network member sees only the goals with their own actions, not tab 1, and cannot add a goal")
    void aNetworkMemberSeesOnlyGoalsWithTheirOwnActions() throws Exception {
        var grandma = citizen("Oma Jansen");
        var grandmaInTeam = networkMember(grandma);
        var school = goal("Sara gaat elke dag naar school");
        action(school, "Oppassen op woensdag", grandmaInTeam);
        action(school, "Gesprek met de mentor");
        action(goal("Schulden op een rij"), "Afspraak bij de schuldhulp");

        mvc.perform(get(plan()).with(as(grandma)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Eerste afspraken"))))
                .andExpect(content().string(not(containsString("Oppassen op woensdag"))));
        mvc.perform(get(approach()).with(as(grandma)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sara gaat elke dag naar school")))
                .andExpect(content().string(containsString("Oppassen op woensdag")))
                .andExpect(content().string(not(containsString("Gesprek met de mentor"))))
                .andExpect(content().string(not(containsString("Schulden op een rij"))))
                .andExpect(content().string(not(containsString("Eerste afspraken"))))
                .andExpect(content().string(not(containsString("Doel toevoegen"))))
                .andExpect(content().string(not(containsString("Plan vaststellen"))));
        mvc.perform(post(plan() + "/goals")
                        .with(as(grandma))
                        .with(csrf())
                        .param("version", String.valueOf(version()))
                        .param("title", "Eigen doel"))
                .andExpect(status().isNotFound());
        assertThat(goalCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("PL-9: a copy-only participant sees no draft, only the way to the established versions")
    void aCopyRecipientSeesOnlyEstablishedVersions() throws Exception {
        var doctor = staff("Dokter Dijk");
        copyRecipient("Dokter Dijk", doctor.email(), doctor.id());
        shareWholePlanWith(household, doctor.id());
        hannaCoordinates();
        action(goal("Sara slaapt weer goed"), "Slaapdagboek bijhouden");

        mvc.perform(get(plan()).with(as(doctor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U krijgt een kopie van dit plan.")))
                .andExpect(content().string(containsString("Hanna Hulp heeft de regie.")))
                .andExpect(content().string(not(containsString("Sara slaapt weer goed"))));
        establish();
        mvc.perform(get(plan() + "/versions/1").with(as(doctor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sara slaapt weer goed")))
                .andExpect(content().string(not(containsString("Versie rondsturen"))));
    }

    @Test
    @DisplayName("X-1: every read and write of the plan pages is in the access log")
    void readsAndWritesAreLogged() throws Exception {
        hannaCoordinates();
        mvc.perform(get(plan()).with(as(hanna)));
        mvc.perform(post(plan() + "/goals")
                .with(as(hanna))
                .with(csrf())
                .param("version", String.valueOf(version()))
                .param("title", "Sara gaat elke dag naar school"));
        action(planReading.current(household, viewer(hanna)).goals().getFirst().id(), "Wekker zetten");
        mvc.perform(
                post(plan() + "/establish").with(as(hanna)).with(csrf()).param("version", String.valueOf(version())));
        mvc.perform(get(plan() + "/versions").with(as(hanna)));
        mvc.perform(get(plan() + "/versions/1").with(as(hanna)));

        assertThat(auditEvents(hanna))
                .contains(
                        "PLAN_READ",
                        "PLAN_GOAL_ADDED",
                        "PLAN_ACTION_ADDED",
                        "PLAN_ESTABLISHED",
                        "PLAN_VERSIONS_READ",
                        "PLAN_VERSION_READ");
    }
}
