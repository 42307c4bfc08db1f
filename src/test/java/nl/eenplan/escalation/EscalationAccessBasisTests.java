package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.deadline.ToDoList;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * X-1 (NEN 7513): after signals, reads, outcomes, raises up to the contact point, a round table, the
 * to-do page and the hand-back, no entry written for the household lacks its basis; managers and the
 * contact point outside the team act on {@code escalation:<id>}, the team on its participation.
 */
class EscalationAccessBasisTests extends EscalationTest {

    @Autowired
    RoundTables roundTables;

    @Autowired
    ToDoList toDoList;

    @Test
    @DisplayName("X-1, E-1..E-5: every escalation, round-table and to-do entry of the household names its basis")
    void everyEntryHasItsBasis() {
        var hannaTakesPart = "participation:" + participant(hanna).id();
        var onTheEscalation = action("Elke week de post openen", mother());
        signals.signal(
                household,
                hanna.id(),
                new NewStagnation(onTheEscalation, mother().id(), "Post blijft liggen", "gesprek"),
                TODAY);
        var e = petersEscalation();
        reading.household(household, hanna.id(), TODAY);
        reading.detail(household, e.id(), hanna.id());
        var three = noCommitmentAndUp(noCommitmentAndUp(e, hanna, hanna), hanna, hanna);
        reading.detail(household, e.id(), mia.id());
        reading.household(household, mia.id(), TODAY);
        reading.overview(carla.id(), TODAY);
        toDoList.of(mia.id(), TODAY);
        progress.recordMeeting(household, three.id(), mia.id(), three.version(), TODAY, TODAY);
        var four = noCommitmentAndUp(found(three.id()), bram, mia);
        var roundTable = roundTables.takeInitiative(household, access.viewer(household, hanna), null);
        roundTables.detail(household, roundTable, access.viewer(household, hanna));
        progress.recordOutcome(
                household,
                four.id(),
                carla.id(),
                four.version(),
                new StepOutcome(
                        Outcome.COMMITMENT,
                        "Schuldhulp dient de aanvraag deze week in",
                        TODAY.plusDays(5),
                        "Het gezin heeft een betalingsregeling",
                        Involvement.MUNICIPAL_SERVICES,
                        null),
                TODAY);
        deEscalation.deEscalate(
                household, four.id(), carla.id(), found(four.id()).version(), TODAY);

        var escalation = "escalation:" + e.id();
        assertThat(bases(hanna))
                .containsEntry("STAGNATION_SIGNALLED", List.of(hannaTakesPart))
                .containsEntry("ESCALATION_STARTED", List.of(hannaTakesPart))
                .containsEntry("ESCALATION_READ", List.of(hannaTakesPart))
                .containsEntry("ESCALATIONS_READ", List.of(hannaTakesPart));
        assertThat(bases(mia))
                .containsEntry("ESCALATION_READ", List.of(escalation))
                .containsEntry("ESCALATIONS_READ", List.of(escalation))
                .containsEntry("DEADLINES_LISTED", List.of(escalation))
                .containsEntry("ESCALATION_MEETING_RECORDED", List.of(escalation))
                .containsEntry("ESCALATION_RAISED", List.of(escalation))
                .containsEntry("ESCALATION_CONTACT_POINT_JOINED", List.of(escalation));
        assertThat(bases(carla))
                .containsEntry("ESCALATION_LISTED", List.of(escalation))
                .containsEntry("ESCALATION_OUTCOME_RECORDED", List.of(escalation))
                .containsEntry("ESCALATION_DE_ESCALATED", List.of(escalation))
                .containsEntry("ESCALATION_CONTACT_POINT_LEFT", List.of(escalation));
        assertThat(bases(hanna)).containsKey("ROUND_TABLE_INITIATED");
        assertThat(jdbc.sql("select count(*) from audit_entry where household_id = ? and (basis is null or basis = '')")
                        .param(household)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** The bases of this person's entries for the household, by event, in order. */
    private Map<String, List<String>> bases(AccountPrincipal person) {
        var byEvent = new LinkedHashMap<String, List<String>>();
        jdbc.sql("select event, basis from audit_entry where household_id = ? and account_id = ? order by id")
                .params(household, person.id())
                .query((rs, n) -> Map.entry(rs.getString("event"), String.valueOf(rs.getString("basis"))))
                .list()
                .forEach(entry -> byEvent.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(entry.getValue()));
        byEvent.replaceAll((event, all) -> all.stream().distinct().toList());
        return byEvent;
    }
}
