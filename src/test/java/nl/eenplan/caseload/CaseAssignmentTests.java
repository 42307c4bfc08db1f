package nl.eenplan.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18, H-2, H-4, X-1: the access team assigns a household of its municipality, kept as a history and logged. */
class CaseAssignmentTests extends CaseloadTest {

    @Test
    @DisplayName("H-2, H-4: a household without a team gets the assignee as its first professional and its draft"
            + " plan; he then finds it under \"Mijn gezinnen\"")
    void assigningAHouseholdWithoutTeamMakesTheAssigneeItsFirstProfessional() {
        assertThat(found(piet, text("De Boer"))).isEmpty();

        assignment.assign(anna, deBoer, piet.id(), null);

        var joined = team.participationOf(deBoer, piet.id()).orElseThrow();
        assertThat(joined.kind()).isEqualTo(ParticipantKind.PROFESSIONAL);
        assertThat(joined.active()).isTrue();
        var row = caseload.find(piet, text("De Boer")).rows().getFirst();
        assertThat(row.view()).isEqualTo(CaseView.TEAM);
        assertThat(row.planState()).isEqualTo(PlanState.DRAFT);
        assertThat(caseload.find(anna, text("De Boer")).rows().getFirst().assignee())
                .isEqualTo("Piet Peters");
        assertThat(logOf(anna))
                .filteredOn(e -> e.event().equals("CASE_ASSIGNED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.householdId()).isEqualTo(deBoer);
                    assertThat(e.basis()).isEqualTo("access_team:" + goudaAccessTeam.id());
                });
    }

    @Test
    @DisplayName("R-1: a household with a team keeps it; the assignment only records who is responsible, and each"
            + " change stays in the history, newest first")
    void reassigningKeepsTheHistory() {
        assignment.assign(anna, jansen, anna.id(), null);
        var first = assignment.of(anna, jansen);
        assignment.assign(anna, jansen, piet.id(), first.current());

        var overview = assignment.of(anna, jansen);
        assertThat(overview.history())
                .extracting(CaseAssignment.HistoryLine::assignee)
                .containsExactly("Piet Peters", "Anna Toegang");
        assertThat(overview.history().getFirst().ended()).isNull();
        assertThat(overview.history().get(1).ended()).isNotNull();
        assertThat(overview.history())
                .allSatisfy(h -> assertThat(h.assignedBy()).isEqualTo("Anna Toegang"));
        assertThat(team.participationOf(jansen, piet.id())).isEmpty();
        assertThat(overview.candidates())
                .extracting(CaseAssignment.Candidate::name)
                .contains("Anna Toegang", "Hanna Hulp", "Piet Peters")
                .doesNotContain("Bert Bakker", "Dirk Toegang");
    }

    @Test
    @DisplayName("Concurrent edits: an assignment made meanwhile is detected and nothing is stored (409)")
    void anAssignmentMadeMeanwhileIsDetected() throws Exception {
        var seen = assignment.of(anna, jansen).current();
        assignment.assign(anna, jansen, piet.id(), seen);

        assertThatThrownBy(() -> assignment.assign(anna, jansen, hanna.id(), seen))
                .isInstanceOf(AssignmentChangedMeanwhile.class);
        mvc.perform(post("/cases/" + jansen + "/assignment")
                        .param("assignee", hanna.id().toString())
                        .param("current", "")
                        .with(csrf())
                        .with(as(anna)))
                .andExpect(status().isConflict());
        assertThat(assignment.of(anna, jansen).history()).hasSize(1);
    }

    @Test
    @DisplayName("Bad input: someone who may not be chosen is refused with a message (422), nothing stored")
    void onlyTheAccessTeamAndProfessionalsOfTheMunicipalityMayBeChosen() throws Exception {
        mvc.perform(post("/cases/" + jansen + "/assignment")
                        .param("assignee", bert.id().toString())
                        .with(csrf())
                        .with(as(anna)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/cases/" + jansen + "/assignment")
                        .param("assignee", "geen-id")
                        .with(csrf())
                        .with(as(anna)))
                .andExpect(status().isUnprocessableContent());
        assertThat(assignment.of(anna, jansen).history()).isEmpty();
    }

    @Test
    @DisplayName("X-1: only the household's own access team assigns; to anyone else the page does not exist (404)")
    void othersCannotAssign() throws Exception {
        mvc.perform(get("/cases/" + jansen + "/assignment").with(as(anna))).andExpect(status().isOk());
        for (var other : java.util.List.of(dirk, hanna, piet, bert, sanne, riet)) {
            mvc.perform(get("/cases/" + jansen + "/assignment").with(as(other))).andExpect(status().isNotFound());
            mvc.perform(post("/cases/" + jansen + "/assignment")
                            .param("assignee", other.id().toString())
                            .with(csrf())
                            .with(as(other)))
                    .andExpect(status().isNotFound());
        }
        assertThatThrownBy(() -> assignment.assign(dirk, jansen, dirk.id(), null))
                .isInstanceOf(CaseNotFound.class);
        assertThat(assignment.of(anna, jansen).history()).isEmpty();
    }
}
