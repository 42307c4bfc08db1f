package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** through the API, everyone sees and does with round tables exactly what their pages allow. */
class RoundTableApiAccessTests extends RoundTableApiTest {

    @Test
    @DisplayName("X-1: a non-participant and a copy-only recipient get 404 on every round-table route of the API, "
            + "nothing logged and nothing changed")
    void outsidersGetNotFoundEverywhere() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        minutes.recordMinutes(household, id, viewer(piet), version(id), "Geheim verslag", Set.of(), null);
        var stranger = staff("Vera Vreemd");
        var doctor = staff("Dokter Copie");
        team.add(household, participant(ParticipantKind.PROFESSIONAL, doctor, "huisarts", false), doctor.id());
        var version = version(id);

        for (var person : List.of(stranger, doctor)) {
            for (var request : requests(id)) {
                var body = mvc.perform(by(person, request).header("If-Match", "\"" + version + "\""))
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(body).doesNotContain(familyName).doesNotContain("Geheim verslag");
            }
            assertThat(auditEvents(person)).isEmpty();
        }
        mvc.perform(by(hanna, get(api(UUID.randomUUID())))).andExpect(status().isNotFound());
        mvc.perform(by(hanna, get("/api/v1/households/" + UUID.randomUUID() + "/round-tables")))
                .andExpect(status().isNotFound());
        assertThat(version(id)).isEqualTo(version);
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.PLANNED);
    }

    @Test
    @DisplayName("X-5: an invited network member reads date, place, agenda and her own answer, never the minutes, "
            + "the answers of others or the decisions; a round table she is not invited to does not exist for her")
    void aNetworkMemberReadsOnlyWhatSheNeeds() throws Exception {
        var grandma = citizen("Oma Jansen");
        networkMember(grandma);
        var notInvited = plannedRoundTable();
        var id = plannedRoundTable();
        invite(id, piet, grandma);
        minutes.recordMinutes(
                household, id, viewer(piet), version(id), "Moeder vertelt over de schulden", Set.of(), null);
        minutes.decide(
                household,
                id,
                viewer(piet),
                version(id),
                new NewDecision(DecisionKind.AGREEMENT, "Geheime afspraak", null, null, Set.of(), null, null, null));

        var read = read(grandma, id);
        assertThat(read)
                .contains("Wijkcentrum De Brug", "Opening en kennismaking", "Hanna Hulp")
                .doesNotContain("Moeder vertelt over de schulden")
                .doesNotContain("Geheime afspraak")
                .doesNotContain(piet.email())
                .doesNotContain("\"minutes\"")
                .doesNotContain("\"invitees\"")
                .doesNotContain("\"decisions\"")
                .doesNotContain("\"invitable\"");
        assertThat(at(read, "$.roles.mayAnswer")).isEqualTo(true);
        assertThat(at(read, "$.myAnswer")).isNotNull();

        mvc.perform(by(grandma, get(api(notInvited)))).andExpect(status().isNotFound());
        mvc.perform(by(grandma, get(api())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()));
        mvc.perform(by(grandma, post(api(id) + "/answers"))
                        .content("{\"sequence\": %d, \"answer\": \"DECLINE\"}".formatted(find(id).sequence())))
                .andExpect(status().isNoContent());
        mvc.perform(by(grandma, put(api(id) + "/minutes"))
                        .header("If-Match", etag(id))
                        .content("{\"minutes\": \"x\"}"))
                .andExpect(status().isNotFound());
        assertThat(auditEvents(grandma)).contains("ROUND_TABLE_READ", "ROUND_TABLES_READ", "ROUND_TABLE_ANSWERED");
    }

    @Test
    @DisplayName("M-2, M-4: who may not organise, keep the agenda or record gets 404, as on the pages; "
            + "only an invitee answers")
    void eachChangeIsForItsRole() throws Exception {
        var id = plannedRoundTable(); // Hanna chairs, Piet takes the minutes
        invite(id, piet);
        var version = version(id);

        mvc.perform(by(sanne, post(api(id) + "/cancellation")).header("If-Match", etag(id)))
                .andExpect(status().isNotFound());
        mvc.perform(by(piet, put(api(id) + "/agenda"))
                        .header("If-Match", etag(id))
                        .content("{\"items\": [\"x\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(by(hanna, put(api(id) + "/minutes"))
                        .header("If-Match", etag(id))
                        .content("{\"minutes\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(by(sanne, post(api(id) + "/answers")).content("{\"sequence\": 0, \"answer\": \"ATTEND\"}"))
                .andExpect(status().isNotFound());

        assertThat(version(id)).isEqualTo(version);
        var roles = read(sanne, id);
        assertThat(at(roles, "$.roles.mayOrganise")).isEqualTo(false);
        assertThat(at(roles, "$.minutes")).isEqualTo("");
    }

    @Test
    @DisplayName("X-1: a read token reads the round tables but cannot change them (403)")
    void aReadTokenOnlyReads() throws Exception {
        var id = plannedRoundTable();
        var readOnly =
                tokens.issue(hanna.id(), "alleen lezen", ApiScope.READ, 7).secret();

        mvc.perform(get(api(id)).header("Authorization", "Bearer " + readOnly)).andExpect(status().isOk());
        mvc.perform(post(api(id) + "/cancellation")
                        .header("Authorization", "Bearer " + readOnly)
                        .header("If-Match", etag(id)))
                .andExpect(status().isForbidden());
        mvc.perform(get(api(id))).andExpect(status().isUnauthorized());
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.PLANNED);
    }

    @Test
    @DisplayName("The OpenAPI document names the round tables' pages, versions and refusals (409, 412, 422, 428)")
    void theDocumentNamesTheRefusals() throws Exception {
        var paths = "$.paths['/api/v1/households/{householdId}/round-tables";
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(paths + "'].get.parameters[*].name", hasItems("page", "size")))
                .andExpect(jsonPath(paths + "/{roundTableId}'].get.responses.200.headers.ETag")
                        .exists())
                .andExpect(jsonPath(paths + "/{roundTableId}/planning'].put.responses", hasKey("412")))
                .andExpect(jsonPath(paths + "/{roundTableId}/planning'].put.responses", hasKey("428")))
                .andExpect(jsonPath(paths + "/{roundTableId}/minutes'].put.responses", hasKey("422")))
                .andExpect(jsonPath(paths + "/{roundTableId}/answers'].post.responses", hasKey("409")));
    }

    private List<MockHttpServletRequestBuilder> requests(UUID id) {
        var participant = UUID.randomUUID();
        return List.of(
                get(api()),
                post(api()).content("{}"),
                get(api(id)),
                put(api(id) + "/planning")
                        .content("{\"date\": \"2026-12-01\", \"start\": \"10:00\", \"end\": \"11:00\", "
                                + "\"place\": \"Elders\"}"),
                post(api(id) + "/invitations").content("{\"participantIds\": [\"%s\"]}".formatted(participant)),
                post(api(id) + "/answers").content("{\"sequence\": 0, \"answer\": \"ATTEND\"}"),
                post(api(id) + "/cancellation"),
                put(api(id) + "/agenda").content("{\"items\": [\"Iets\"]}"),
                put(api(id) + "/minutes").content("{\"minutes\": \"Overschreven\"}"),
                post(api(id) + "/decisions").content("{\"kind\": \"AGREEMENT\", \"text\": \"Niets\"}"),
                post(api(id) + "/coordinator")
                        .content(
                                "{\"coordinatorId\": \"%s\", \"form\": \"SELF_DIRECTION\", \"chosenBy\": \"HOUSEHOLD\", "
                                                .formatted(participant)
                                        + "\"coordinationVersion\": 0}"));
    }
}
