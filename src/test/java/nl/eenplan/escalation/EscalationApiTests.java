package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.organisation.StaffRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Stagnation and the escalation ladder through the JSON API, each person with a token of his own. */
class EscalationApiTests extends EscalationTest {

    @Autowired
    ApiTokens tokens;

    MockHttpServletRequestBuilder as(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        return asWith(person, ApiScope.READ_WRITE, request);
    }

    MockHttpServletRequestBuilder asWith(
            AccountPrincipal person, ApiScope scope, MockHttpServletRequestBuilder request) {
        var token = tokens.issue(person.id(), "koppeling", scope, 30).secret();
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    String escalations() {
        return "/api/v1/households/" + household + "/escalations";
    }

    /** Hanna signals today (the real day) that Peter does not keep his agreement: step 1 starts. */
    Escalation startedToday() {
        return found(signals.signal(
                household,
                hanna.id(),
                new NewStagnation(action, participant(peter).id(), null, null),
                signals.today()));
    }

    int escalationRows() {
        return jdbc.sql("select count(*) from escalation where household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }

    @Test
    @DisplayName(
            "E-1, G-4: signalling through the API starts step 1 (201 with its address), read with its ETag and"
                    + " logged (X-1); a signal without an agreement is 422 with its reason, an unreadable note 400, none stored")
    void signallingStartsTheLadder() throws Exception {
        var signal = "{\"actionId\": \"%s\", \"participantId\": \"%s\", \"note\": \"Geen reactie\"}"
                .formatted(action, participant(peter).id());

        mvc.perform(as(hanna, post(escalations())).content("{\"note\": \"Geen reactie\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.signal.agreementRequired"));
        mvc.perform(as(hanna, post(escalations())).content(signal.replace("Geen reactie", "a\\u0007b")))
                .andExpect(status().isBadRequest());
        assertThat(escalationRows()).isZero();

        var location = mvc.perform(as(hanna, post(escalations())).content(signal))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.escalationId").exists())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(as(hanna, get(location)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.currentStep").value(1))
                .andExpect(jsonPath("$.currentOwner").value("COORDINATOR"))
                .andExpect(jsonPath("$.professional.name").value("Peter Traag"))
                .andExpect(jsonPath("$.professional.organisation").value(debtHelp.name()))
                .andExpect(jsonPath("$.may.recordOutcome").value(true))
                .andExpect(jsonPath("$.steps.length()").value(1));
        assertThat(auditEvents(hanna)).contains("ESCALATION_READ");
    }

    @Test
    @DisplayName("E-1..E-4: the owner records the outcome: 428 without If-Match, 412 when stale, 422 for what the"
            + " step needs or for someone else; then up one step, never skipping one (422)")
    void outcomeAndRaise() throws Exception {
        var e = startedToday();
        var outcome = escalations() + "/" + e.id() + "/outcome";
        var noCommitment = "{\"outcome\": \"NO_COMMITMENT\", \"note\": \"Geen toezegging\"}";

        mvc.perform(as(hanna, post(outcome)).content(noCommitment)).andExpect(status().isPreconditionRequired());
        mvc.perform(as(hanna, post(outcome)).header("If-Match", "\"5\"").content(noCommitment))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(hanna, post(outcome)).header("If-Match", "\"0\"").content("{\"outcome\": \"COMMITMENT\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.outcome.agreementsRequired"));
        mvc.perform(as(peter, post(outcome)).header("If-Match", "\"0\"").content(noCommitment))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.refused.notYours"));
        assertThat(found(e.id()).version()).isZero();

        mvc.perform(as(hanna, post(outcome)).header("If-Match", "\"0\"").content(noCommitment))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"1\""));
        assertThat(auditEvents(hanna)).contains("ESCALATION_OUTCOME_RECORDED");

        var raise = escalations() + "/" + e.id() + "/raise";
        mvc.perform(as(hanna, post(raise)).header("If-Match", "\"1\"").content("{\"toStep\": 3}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.refused.skip"));
        mvc.perform(as(hanna, post(raise)).header("If-Match", "\"1\"").content("{\"toStep\": 2}"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"2\""));
        assertThat(found(e.id()).currentStep()).isEqualTo(2);
        assertThat(auditEvents(hanna)).contains("ESCALATION_RAISED");
    }

    @Test
    @DisplayName("E-3: the two managers record their meeting, within the step; a day outside it is 422")
    void theManagersMeeting() throws Exception {
        var e = startedToday();
        progress.recordOutcome(
                household,
                e.id(),
                hanna.id(),
                0,
                new StepOutcome(Outcome.NO_COMMITMENT, null, null, null, null, null),
                signals.today());
        progress.raise(household, e.id(), hanna.id(), 1, 2, null, null, signals.today());
        var atTwo = found(e.id());
        progress.recordOutcome(
                household,
                e.id(),
                atTwo.current().ownerAccountId(),
                atTwo.version(),
                new StepOutcome(Outcome.NO_COMMITMENT, null, null, null, null, null),
                signals.today());
        progress.raise(household, e.id(), hanna.id(), found(e.id()).version(), 3, mia.id(), bram.id(), signals.today());
        var atThree = found(e.id());
        var meeting = escalations() + "/" + e.id() + "/meeting";
        var tag = "\"" + atThree.version() + "\"";

        mvc.perform(as(bram, post(meeting)).header("If-Match", tag).content("{\"metOn\": \"2020-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.meeting.dateOutside"));
        mvc.perform(as(bram, post(meeting)).header("If-Match", tag).content("{\"metOn\": \"" + signals.today() + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(found(e.id()).current().metOn()).isEqualTo(signals.today());
        assertThat(auditEvents(bram)).contains("ESCALATION_MEETING_RECORDED");
    }

    @Test
    @DisplayName("E-4: after a commitment the case goes back to the coordinator and the agreements into the plan")
    void deEscalation() throws Exception {
        var e = startedToday();
        var due = signals.today().plusDays(14);
        mvc.perform(as(hanna, post(escalations() + "/" + e.id() + "/de-escalation"))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("escalation.refused.needsCommitment"));
        mvc.perform(as(hanna, post(escalations() + "/" + e.id() + "/outcome"))
                        .header("If-Match", "\"0\"")
                        .content(
                                "{\"outcome\": \"COMMITMENT\", \"agreements\": \"Peter belt maandag\", \"agreementDue\": \""
                                        + due + "\"}"))
                .andExpect(status().isNoContent());

        var answer = mvc.perform(as(hanna, post(escalations() + "/" + e.id() + "/de-escalation"))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found(e.id()).closed()).isTrue();
        var planAction = UUID.fromString(JsonPath.read(answer, "$.planActionId"));
        assertThat(planReading
                        .current(household, access.viewer(household, hanna))
                        .actions())
                .anyMatch(a -> a.id().equals(planAction));
        assertThat(auditEvents(hanna)).contains("ESCALATION_DE_ESCALATED");
    }

    @Test
    @DisplayName("X-1, X-5, E-2..E-4: the household's list is paginated; a manager of the organisation involved and"
            + " the contact point see the escalation, not the plan; others get 404 and nothing is logged")
    void whoSeesWhat() throws Exception {
        var e = startedToday();
        var second = action("Budgetplan maken", participant(peter));
        signals.signal(
                household,
                hanna.id(),
                new NewStagnation(second, participant(peter).id(), null, null),
                signals.today());
        var outsider = staff("Olga Buiten", debtHelp, StaffRole.PROFESSIONAL);

        mvc.perform(as(hanna, get(escalations() + "?size=1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(as(hanna, get(escalations() + "?page=1&size=1")))
                .andExpect(jsonPath("$.nextPage").isEmpty());
        mvc.perform(as(hanna, get(escalations() + "?size=0"))).andExpect(status().isBadRequest());
        assertThat(auditEvents(hanna)).contains("ESCALATIONS_READ");

        mvc.perform(as(bram, get(escalations() + "/" + e.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.may.recordOutcome").value(false));
        assertThat(auditEvents(bram)).contains("ESCALATION_READ");
        mvc.perform(as(bram, get("/api/v1/households/{id}/plan", household))).andExpect(status().isNotFound());

        for (var stranger : new AccountPrincipal[] {outsider, otherManager}) {
            mvc.perform(as(stranger, get(escalations()))).andExpect(status().isNotFound());
            mvc.perform(as(stranger, get(escalations() + "/" + e.id()))).andExpect(status().isNotFound());
            mvc.perform(as(stranger, post(escalations() + "/" + e.id() + "/outcome"))
                            .header("If-Match", "\"0\"")
                            .content("{\"outcome\": \"NO_COMMITMENT\"}"))
                    .andExpect(status().isNotFound());
            assertThat(auditEvents(stranger)).isEmpty();
        }
        mvc.perform(as(otherManager, get("/api/v1/escalations"))).andExpect(status().isOk());
        mvc.perform(as(outsider, get("/api/v1/escalations"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("E-2..E-4: the overview of the contact point lists the household's open escalations, paginated,"
            + " each household logged once (X-1); a read token may not change an escalation (403)")
    void theOverview() throws Exception {
        var e = startedToday();

        mvc.perform(as(carla, get("/api/v1/escalations?size=5")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].household").value("Gezin " + familyName))
                .andExpect(jsonPath("$.items[0].currentStep").value(1))
                .andExpect(jsonPath("$.items[0].open").value(true))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(auditEvents(carla)).containsExactly("ESCALATION_LISTED");
        mvc.perform(as(carla, get("/api/v1/escalations?page=-1"))).andExpect(status().isBadRequest());

        mvc.perform(asWith(hanna, ApiScope.READ, post(escalations() + "/" + e.id() + "/outcome"))
                        .header("If-Match", "\"0\"")
                        .content("{\"outcome\": \"NO_COMMITMENT\"}"))
                .andExpect(status().isForbidden());
        assertThat(found(e.id()).version()).isZero();
    }
}
