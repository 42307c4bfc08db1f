package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.property.Method;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A round table from initiative to cancellation through the API, with its mails and access-log entries. */
class RoundTableApiTests extends RoundTableApiTest {

    @Test
    @DisplayName("M-2, M-3, X-4: the initiative through the API opens a window of 5 to 15 working days, "
            + "without Christmas and New Year")
    void theInitiativeOpensTheWindow() throws Exception {
        var created = mvc.perform(by(hanna, post(api())).content("{\"initiatedOn\": \"2025-12-19\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn()
                .getResponse();
        var id = UUID.fromString((String) at(created.getContentAsString(), "$.id"));
        assertThat(created.getHeader("Location")).endsWith(api(id));

        mvc.perform(by(hanna, get(api(id))))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.initiatedOn").value("2025-12-19"))
                .andExpect(jsonPath("$.window.earliest").value("2025-12-30"))
                .andExpect(jsonPath("$.window.latest").value("2026-01-14"))
                .andExpect(jsonPath("$.roles.mayOrganise").value(true))
                .andExpect(jsonPath("$.agenda[0]").value("Opening en kennismaking"))
                .andExpect(jsonPath("$.meeting").doesNotExist());
        assertThat(auditEvents(hanna)).containsSubsequence("ROUND_TABLE_INITIATED", "ROUND_TABLE_READ");
    }

    @Test
    @DisplayName("M-1, M-3, M-4: planning and inviting through the API send each invitee the iCalendar invitation")
    void planningAndInvitingSendTheInvitation() throws Exception {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var window = find(id).window();
        var planning = """
                {"date": "%s", "start": "14:00", "end": "15:30", "place": "Wijkcentrum De Brug", "remote": false,
                 "chairId": "%s", "minuteTakerId": "%s"}
                """.formatted(
                        window.earliest(), inTeam(hanna).id(), inTeam(piet).id());

        mvc.perform(by(hanna, put(api(id) + "/planning"))
                        .header("If-Match", etag(id))
                        .content(planning))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.outsideWindow").value(false))
                .andExpect(jsonPath("$.warnings").doesNotExist());
        mvc.perform(by(hanna, post(api(id) + "/invitations"))
                        .header("If-Match", "\"1\"")
                        .content("{\"participantIds\": [\"%s\", \"%s\"]}"
                                .formatted(inTeam(piet).id(), mother().id())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));

        var mail = awaitMail(piet.email(), "Uitnodiging: Ronde Tafel op");
        var event = calendarIn(mail).getEvents().getFirst();
        assertThat(calendarIn(mail).getMethod()).isEqualTo(Method.request());
        assertThat(event.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(event.getLocation().getValue()).isEqualTo("Wijkcentrum De Brug");
        assertThat(awaitMail(sanne.email(), "Uitnodiging: Ronde Tafel op")).isNotNull();
        assertThat(auditEvents(hanna)).contains("ROUND_TABLE_PLANNED", "ROUND_TABLE_INVITED");

        var read = read(hanna, id);
        assertThat(at(read, "$.meeting.start")).isEqualTo("14:00:00");
        assertThat(at(read, "$.chair.name")).isEqualTo("Hanna Hulp");
        assertThat(at(read, "$.minuteTaker.name")).isEqualTo("Piet Prof");
        assertThat(at(read, "$.invitees.length()")).isEqualTo(2);
    }

    @Test
    @DisplayName("M-4: each invitee answers with a token of his own; a replacement gets an invitation by mail")
    void inviteesAnswerAndAReplacementIsInvited() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet, sanne);
        var sequence = find(id).sequence();
        var karin = uniqueEmail("karin");

        mvc.perform(by(sanne, post(api(id) + "/answers"))
                        .content("{\"sequence\": %d, \"answer\": \"ATTEND\"}".formatted(sequence)))
                .andExpect(status().isNoContent());
        mvc.perform(by(piet, post(api(id) + "/answers")).content("""
                                {"sequence": %d, "answer": "REPLACEMENT", "replacementName": "Karin Collega",
                                 "replacementEmail": "%s"}
                                """.formatted(sequence, karin)))
                .andExpect(status().isNoContent());

        assertThat(calendarIn(awaitMail(karin, "Uitnodiging als vervanger")).getMethod())
                .isEqualTo(Method.request());
        var read = read(hanna, id);
        assertThat(at(read, "$.invitees[?(@.name == 'Piet Prof')].answer").toString())
                .contains("REPLACEMENT");
        assertThat(at(read, "$.invitees[?(@.name == 'Piet Prof')].replacementName")
                        .toString())
                .contains("Karin Collega");
        assertThat(at(read(sanne, id), "$.myAnswer.answer")).isEqualTo("ATTEND");
        assertThat(auditEvents(piet)).contains("ROUND_TABLE_ANSWERED");
        assertThat(auditEvents(sanne)).contains("ROUND_TABLE_ANSWERED", "ROUND_TABLE_READ");
    }

    @Test
    @DisplayName("M-2, M-4: the chair keeps the agenda; the minute taker records the minutes, a decision that "
            + "becomes an action in the plan, and the coordinator at the first round table")
    void agendaMinutesDecisionsAndTheCoordinator() throws Exception {
        var id = plannedRoundTable();
        mvc.perform(by(hanna, put(api(id) + "/agenda"))
                        .header("If-Match", etag(id))
                        .content("{\"items\": [\"Opening\", \"\", \"Schulden\"]}"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"" + version(id) + "\""));
        mvc.perform(by(piet, put(api(id) + "/minutes"))
                        .header("If-Match", etag(id))
                        .content("""
                                {"minutes": "Moeder vertelt over de schulden.", "present": ["%s", "%s"],
                                 "heldOn": "%s"}
                                """.formatted(inTeam(hanna).id(), inTeam(piet).id(), roundTables.today())))
                .andExpect(status().isNoContent());
        var decision = """
                {"kind": "ACTION", "text": "Piet belt de schuldeisers", "newGoalTitle": "Schulden op orde",
                 "participantIds": ["%s"], "targetDate": "%s"}
                """.formatted(inTeam(piet).id(), roundTables.today().plusWeeks(4));
        mvc.perform(by(piet, post(api(id) + "/decisions"))
                        .header("If-Match", etag(id))
                        .content(decision))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith(api(id))))
                .andExpect(jsonPath("$.id").isString());
        var before = read(piet, id);
        assertThat(at(before, "$.chooseCoordinator")).isEqualTo(true);
        mvc.perform(by(piet, post(api(id) + "/coordinator"))
                        .header("If-Match", etag(id))
                        .content("""
                                {"coordinatorId": "%s", "form": "CASE_COORDINATION", "chosenBy": "HOUSEHOLD",
                                 "coordinationVersion": %d}
                                """.formatted(inTeam(hanna).id(), (Integer) at(before, "$.coordinationVersion"))))
                .andExpect(status().isNoContent());

        var read = read(hanna, id);
        assertThat(at(read, "$.agenda").toString()).isEqualTo("[\"Opening\",\"Schulden\"]");
        assertThat(at(read, "$.status")).isEqualTo("HELD");
        assertThat(at(read, "$.heldWithinWindow")).isEqualTo(false);
        assertThat(at(read, "$.minutes")).isEqualTo("Moeder vertelt over de schulden.");
        assertThat(at(read, "$.present.length()")).isEqualTo(2);
        assertThat(at(read, "$.decisions[*].kind").toString()).contains("ACTION", "COORDINATOR");
        var plan = planReading.current(household, viewer(hanna));
        assertThat(plan.goals()).anySatisfy(goal -> {
            assertThat(goal.title()).isEqualTo("Schulden op orde");
            assertThat(goal.actions()).anySatisfy(a -> assertThat(a.what()).isEqualTo("Piet belt de schuldeisers"));
        });
        assertThat(coordinations.of(household).coordinatorId())
                .isEqualTo(inTeam(hanna).id());
        assertThat(auditEvents(hanna)).contains("ROUND_TABLE_AGENDA_KEPT");
        assertThat(auditEvents(piet))
                .contains(
                        "ROUND_TABLE_MINUTES_RECORDED",
                        "ROUND_TABLE_HELD",
                        "ROUND_TABLE_DECISION_RECORDED",
                        "ROUND_TABLE_COORDINATOR_RECORDED");
    }

    @Test
    @DisplayName("M-1: calling off through the API sends every invitee a cancellation for the calendar")
    void callingOffSendsACancellation() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        var version = version(id);

        mvc.perform(by(hanna, post(api(id) + "/cancellation")).header("If-Match", etag(id)))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""));

        assertThat(calendarIn(awaitMail(piet.email(), "Afgezegd: Ronde Tafel op"))
                        .getMethod())
                .isEqualTo(Method.cancel());
        assertThat(at(read(hanna, id), "$.status")).isEqualTo("CANCELLED");
        assertThat(auditEvents(hanna)).contains("ROUND_TABLE_CANCELLED");
    }

    @Test
    @DisplayName("X-1: the round tables of a household come in pages of at most 100, each read logged once")
    void theListIsPaginated() throws Exception {
        var first = plannedRoundTable();
        roundTables.takeInitiative(household, viewer(hanna), null);
        var newest = roundTables.takeInitiative(household, viewer(hanna), null);
        var before = auditEvents(piet).size();

        mvc.perform(by(piet, get(api()).param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].id").value(newest.toString()))
                .andExpect(jsonPath("$.items[0].initiator").value("Hanna Hulp"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(by(piet, get(api()).param("page", "1").param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(first.toString()))
                .andExpect(jsonPath("$.items[0].meeting.place").value("Wijkcentrum De Brug"))
                .andExpect(jsonPath("$.nextPage").doesNotExist());
        assertThat(auditEvents(piet).subList(before, auditEvents(piet).size()))
                .containsExactly("ROUND_TABLES_READ", "ROUND_TABLES_READ");

        for (var bad : new String[][] {{"size", "0"}, {"size", "101"}, {"page", "-1"}, {"page", "een"}}) {
            mvc.perform(by(piet, get(api()).param(bad[0], bad[1])))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        assertThat(auditEvents(piet)).hasSize(before + 2);
    }
}
