package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.Participant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team through the API (H-2, H-3, R-7): who reads what (X-1, X-5, C-1), changes with If-Match. */
@DisplayName("H-2, H-3, R-7, X-1, X-5, C-1: the team API")
class TeamApiTests extends TeamApiTest {

    @Autowired
    OrganisationDirectory organisations;

    @Test
    @DisplayName("H-2, X-1: the coordinator reads the whole team with contact details; one read, one entry")
    void theCoordinatorReadsTheWholeTeam() throws Exception {
        var before = lastEntryId();
        var response = send(w().hanna(), get(api(w(), "/team")));
        assertThat(response.getStatus()).isEqualTo(200);
        var body = response.getContentAsString();
        assertThat(body)
                .contains(
                        w().rita().displayName(),
                        w().piet().displayName(),
                        w().hanna().email());
        assertThat(JsonPath.<Integer>read(body, "$.total"))
                .isEqualTo(team.of(w().household()).size());
        var entries = entriesSince(before, w().hanna());
        assertThat(entries).extracting(Entry::event).containsExactly("TEAM_READ");
        assertThat(entries.getFirst().household()).isEqualTo(w().household());
    }

    @Test
    @DisplayName("X-5: a network member sees who coordinates and herself, as on the team page; nothing else")
    void aNetworkMemberSeesOnlyWhoCoordinatesAndHerself() throws Exception {
        var grandma = w().grandma();
        var body = send(grandma, get(api(w(), "/team"))).getContentAsString();
        List<String> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        w().hannaInTeam().id().toString(),
                        w().grandmaInTeam().id().toString());
        assertThat(body)
                .contains(w().hanna().email())
                .doesNotContain(w().rita().displayName(), w().piet().displayName(), "Fred " + w().familyName());
        assertThat(send(grandma, get(api(w(), "/team/" + w().ritaInTeam().id())))
                        .getStatus())
                .isEqualTo(404);
        assertThat(JsonPath.<Integer>read(
                        send(grandma, get(api(w(), "/team/history"))).getContentAsString(), "$.total"))
                .isZero();
    }

    @Test
    @DisplayName(
            "C-1: without consent a professional reads the team without contact details, and changes nothing (403)")
    void withoutConsentTheTeamIsReadOnly() throws Exception {
        var peter = w().peter();
        var read = send(peter, get(api(w(), "/team")));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).doesNotContain(w().hanna().email());
        var before = team.of(w().household()).size();
        var added = send(peter, post(api(w(), "/team")).content("""
                        {"kind": "NETWORK", "name": "Buurman Bert", "relation": "buurman", "active": true}
                        """));
        assertThat(added.getStatus()).isEqualTo(403);
        assertThat(added.getContentAsString()).contains("urn:eenplan:problem:consent-missing");
        var rita = send(
                peter,
                put(api(w(), "/team/" + w().ritaInTeam().id()))
                        .header("If-Match", "\"0\"")
                        .content("{\"relation\": \"anders\"}"));
        assertThat(rita.getStatus()).isEqualTo(403);
        assertThat(team.of(w().household())).hasSize(before);
    }

    @Test
    @DisplayName("X-1: someone outside the team gets 404 for every team route, without a hint, and no entry")
    void anOutsiderGets404() throws Exception {
        var colleague = w().colleague();
        var rita = w().ritaInTeam().id();
        var before = lastEntryId();
        for (var request : List.of(
                get(api(w(), "/team")),
                get(api(w(), "/team/history")),
                get(api(w(), "/team/" + rita)),
                post(api(w(), "/team"))
                        .content("{\"kind\": \"NETWORK\", \"name\": \"X\", \"relation\": \"x\", \"active\": true}"),
                put(api(w(), "/team/" + rita)).header("If-Match", "\"0\"").content("{\"relation\": \"x\"}"),
                put(api(w(), "/team/" + rita + "/participation"))
                        .header("If-Match", "\"0\"")
                        .content("{\"active\": false}"),
                post(api(w(), "/team/" + rita + "/leave"))
                        .header("If-Match", "\"0\"")
                        .content("{\"endedOn\": \"" + today() + "\"}"),
                post(api(w(), "/team/" + rita + "/invitation")).content("{}"))) {
            var response = send(colleague, request);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).doesNotContain(w().familyName());
        }
        assertThat(entriesSince(before, colleague)).isEmpty();
    }

    @Test
    @DisplayName(
            "H-2, C-1: a network member and a professional join; a professional no consent covers comes with a warning")
    void participantsJoin() throws Exception {
        var world = roles.fresh();
        var hanna = world.hanna();
        var before = lastEntryId();
        var network = send(hanna, post(api(world, "/team")).content("""
                {"kind": "NETWORK", "name": "Buurman Bert", "relation": "buurman", "reachableDays": ["MONDAY"],
                 "phone": "06 12345678", "active": true}
                """));
        assertThat(network.getStatus()).isEqualTo(201);
        var id = JsonPath.<String>read(network.getContentAsString(), "$.id");
        assertThat(network.getHeader("Location")).endsWith("/team/" + id);
        var read = send(hanna, get(api(world, "/team/" + id)));
        assertThat(read.getContentAsString()).contains("Buurman Bert", "06 12345678");
        assertThat(read.getHeader("ETag")).isNotBlank();
        assertThat(events(before, hanna)).contains("PARTICIPANT_ADDED");

        var organisation = organisations.all().getFirst().id();
        var professional = send(hanna, post(api(world, "/team")).content("""
                {"kind": "PROFESSIONAL", "name": "Joop Jeugdarts", "relation": "jeugdarts",
                 "organisationId": "%s", "active": true}
                """.formatted(organisation)));
        assertThat(professional.getStatus()).isEqualTo(201);
        assertThat(JsonPath.<String>read(professional.getContentAsString(), "$.consentMissingFor"))
                .isNotBlank();
    }

    @Test
    @DisplayName("H-2: what the add form refuses is a 400 naming the field, and nothing is added")
    void badInputIsRefused() throws Exception {
        var before = team.of(w().household()).size();
        for (var body : List.of(
                "{\"kind\": \"HOUSEHOLD_MEMBER\", \"name\": \"X\", \"relation\": \"x\", \"active\": true}",
                "{\"kind\": \"PROFESSIONAL\", \"name\": \"X\", \"relation\": \"x\", \"active\": true}",
                "{\"kind\": \"NETWORK\", \"name\": \"X\", \"relation\": \"x\", \"active\": true, \"enforcing\": true}",
                "{\"kind\": \"NETWORK\", \"name\": \"\", \"relation\": \"x\", \"active\": true}",
                "{\"kind\": \"NETWORK\", \"name\": \"X\", \"relation\": \"x\", \"active\": true, \"email\": \"geen\"}")) {
            var response = send(w().hanna(), post(api(w(), "/team")).content(body));
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(JsonPath.<List<Object>>read(response.getContentAsString(), "$.errors"))
                    .isNotEmpty();
        }
        assertThat(team.of(w().household())).hasSize(before);
    }

    @Test
    @DisplayName("H-2: an edit names its version: 428 without, 412 on an older one with the current ETag")
    void anEditNamesItsVersion() throws Exception {
        var world = roles.fresh();
        var rita = "/team/" + world.ritaInTeam().id();
        var hanna = world.hanna();
        var etag = send(hanna, get(api(world, rita))).getHeader("ETag");
        var body = "{\"relation\": \"raadsonderzoeker\", \"organisationId\": \"%s\"}"
                .formatted(world.ritaInTeam().organisationId());
        assertThat(send(hanna, put(api(world, rita)).content(body)).getStatus()).isEqualTo(428);
        var before = lastEntryId();
        var edited = send(hanna, put(api(world, rita)).header("If-Match", etag).content(body));
        assertThat(edited.getStatus()).isEqualTo(204);
        assertThat(events(before, hanna)).containsExactly("PARTICIPANT_EDITED");
        var stale = send(hanna, put(api(world, rita)).header("If-Match", etag).content(body.replace("raads", "")));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo(edited.getHeader("ETag"));
        assertThat(team.find(world.ritaInTeam().id()).orElseThrow().relation()).isEqualTo("raadsonderzoeker");
    }

    @Test
    @DisplayName("H-3: the household makes a professional copy-only; the coordinator always takes part (422)")
    void theHouseholdDecidesWhoIsCopyOnly() throws Exception {
        var world = roles.fresh();
        var mother = world.mother();
        var hannaPath = "/team/" + world.hannaInTeam().id();
        var refused = send(
                mother,
                put(api(world, hannaPath + "/participation"))
                        .header(
                                "If-Match",
                                send(mother, get(api(world, hannaPath))).getHeader("ETag"))
                        .content("{\"active\": false}"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.reason"))
                .isEqualTo("team.switch.coordinatorTakesPart");
        var ritaPath = "/team/" + world.ritaInTeam().id();
        var switched = send(
                mother,
                put(api(world, ritaPath + "/participation"))
                        .header(
                                "If-Match",
                                send(mother, get(api(world, ritaPath))).getHeader("ETag"))
                        .content("{\"active\": false}"));
        assertThat(switched.getStatus()).isEqualTo(204);
        assertThat(team.find(world.ritaInTeam().id()).orElseThrow().active()).isFalse();
    }

    @Test
    @DisplayName(
            "R-7: the coordinator leaves only by handing over (422 without a successor); then the successor coordinates")
    void theCoordinatorLeavesByHandingOver() throws Exception {
        var world = roles.fresh();
        var hanna = world.hanna();
        var path = "/team/" + world.hannaInTeam().id();
        var etag = send(hanna, get(api(world, path))).getHeader("ETag");
        var coordination = coordinations.of(world.household());
        var alone = send(
                hanna,
                post(api(world, path + "/leave"))
                        .header("If-Match", etag)
                        .content("{\"endedOn\": \"" + today() + "\"}"));
        assertThat(alone.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(alone.getContentAsString(), "$.reason"))
                .isEqualTo("team.leave.handoverFirst");
        var sanne = participantOf(world, world.sanne()).id();
        var left = send(
                hanna,
                post(api(world, path + "/leave")).header("If-Match", etag).content("""
                {"endedOn": "%s", "successorId": "%s", "note": "Sanne neemt het over", "coordinationVersion": %d}
                """.formatted(
                                today(), sanne, coordination.version())));
        assertThat(left.getStatus()).isEqualTo(204);
        assertThat(coordinations.of(world.household()).coordinatorId()).isEqualTo(sanne);
        assertThat(team.of(world.household()))
                .extracting(Participant::id)
                .doesNotContain(world.hannaInTeam().id());
    }

    @Test
    @DisplayName("H-2: the team is paginated; a page or size out of range is a 400 problem")
    void theTeamIsPaginated() throws Exception {
        var total = team.of(w().household()).size();
        var first = send(w().hanna(), get(api(w(), "/team?page=0&size=2"))).getContentAsString();
        assertThat(JsonPath.<List<Object>>read(first, "$.items")).hasSize(2);
        assertThat(JsonPath.<Integer>read(first, "$.nextPage")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(total);
        var last = send(w().hanna(), get(api(w(), "/team?page=" + ((total - 1) / 2) + "&size=2")))
                .getContentAsString();
        assertThat(JsonPath.<Object>read(last, "$.nextPage")).isNull();
        for (var bad : List.of("?size=0", "?size=101", "?page=-1", "?page=x")) {
            var response = send(w().hanna(), get(api(w(), "/team" + bad)));
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    @DisplayName("H-2: someone who already logs in is not invited again (422); an unknown participant is 404")
    void invitations() throws Exception {
        var linked = send(
                w().hanna(),
                post(api(w(), "/team/" + w().ritaInTeam().id() + "/invitation")).content("{}"));
        assertThat(linked.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(linked.getContentAsString(), "$.reason"))
                .isEqualTo("team.invite.alreadyLinked");
        assertThat(send(
                                w().hanna(),
                                post(api(w(), "/team/" + UUID.randomUUID() + "/invitation"))
                                        .content("{}"))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("H-3, PL-9: the household chooses who of the network receives a copy, on the choice it saw (428, 412)")
    void theHouseholdChoosesWhoReceivesACopy() throws Exception {
        var world = roles.fresh();
        var mother = world.mother();
        var grandma = world.grandmaInTeam().id();
        var read = send(mother, get(api(world, "/team/copies")));
        assertThat(read.getStatus()).isEqualTo(200);
        List<String> receiving = JsonPath.read(read.getContentAsString(), "$.receiving");
        var without =
                receiving.stream().filter(id -> !id.equals(grandma.toString())).toList();
        var with = new java.util.ArrayList<>(without);
        with.add(grandma.toString());
        var body = "{\"receiving\": [%s]}"
                .formatted(String.join(
                        ",", with.stream().map(id -> "\"" + id + "\"").toList()));
        assertThat(send(mother, put(api(world, "/team/copies")).content(body)).getStatus())
                .isEqualTo(428);
        var before = lastEntryId();
        var chosen = send(
                mother,
                put(api(world, "/team/copies"))
                        .header("If-Match", read.getHeader("ETag"))
                        .content(body));
        assertThat(chosen.getStatus()).isEqualTo(204);
        assertThat(events(before, mother)).containsExactly("COPY_RECIPIENTS_CHOSEN");
        assertThat(team.find(grandma).orElseThrow().receivesCopy()).isTrue();
        var stale = send(
                mother,
                put(api(world, "/team/copies"))
                        .header("If-Match", read.getHeader("ETag"))
                        .content("{\"receiving\": []}"));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo(chosen.getHeader("ETag"));
        assertThat(team.find(grandma).orElseThrow().receivesCopy()).isTrue();
        assertThat(send(world.grandma(), get(api(world, "/team/copies"))).getStatus())
                .isEqualTo(404);
        assertThat(send(world.peter(), get(api(world, "/team/copies"))).getStatus())
                .isEqualTo(403);
    }
}
