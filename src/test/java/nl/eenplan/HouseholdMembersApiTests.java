package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.Member;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The household's members through the API (H-1, X-6) and parental authority (C-1). */
@DisplayName("H-1, X-6, C-1, X-1, X-5: the household members API")
class HouseholdMembersApiTests extends TeamApiTest {

    @Test
    @DisplayName("H-1, X-1: the household reads its members with their versions; one read, one entry")
    void theHouseholdReadsItsMembers() throws Exception {
        var before = lastEntryId();
        var response = send(w().mother(), get(api(w(), "/members")));
        assertThat(response.getStatus()).isEqualTo(200);
        var body = response.getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.total"))
                .isEqualTo(households.members(w().household()).size());
        assertThat(body).contains("Fred", "Daan");
        assertThat(events(before, w().mother())).containsExactly("HOUSEHOLD_READ");
        var paged = send(w().mother(), get(api(w(), "/members?size=2"))).getContentAsString();
        assertThat(JsonPath.<List<Object>>read(paged, "$.items")).hasSize(2);
        assertThat(JsonPath.<Integer>read(paged, "$.nextPage")).isEqualTo(1);
        assertThat(send(w().mother(), get(api(w(), "/members?size=500"))).getStatus())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("X-5, C-1, X-1: the network gets 404, a professional without consent 403, an outsider 404; no entry")
    void whoMayNotReadTheMembers() throws Exception {
        for (var path : List.of("/members", "/members/history", "/members/" + w().sanne())) {
            var before = lastEntryId();
            assertThat(send(w().grandma(), get(api(w(), path))).getStatus())
                    .as(path)
                    .isEqualTo(404);
            var noConsent = send(w().peter(), get(api(w(), path)));
            assertThat(noConsent.getStatus()).as(path).isEqualTo(403);
            assertThat(noConsent.getContentAsString()).contains("urn:eenplan:problem:consent-missing");
            var outsider = send(w().colleague(), get(api(w(), path)));
            assertThat(outsider.getStatus()).as(path).isEqualTo(404);
            assertThat(outsider.getContentAsString()).doesNotContain(w().familyName());
            assertThat(entriesSince(before, w().grandma())).isEmpty();
            assertThat(entriesSince(before, w().peter())).isEmpty();
            assertThat(entriesSince(before, w().colleague())).isEmpty();
        }
    }

    @Test
    @DisplayName("H-1: a member joins later and joins the team; a wrong date is a 400 naming the field")
    void aMemberJoinsLater() throws Exception {
        var world = roles.fresh();
        var count = households.members(world.household()).size();
        var wrong = send(world.hanna(), post(api(world, "/members")).content("""
                {"givenName": "Kees", "familyName": "%s", "dateOfBirth": "%s", "relation": "opa"}
                """.formatted(
                        world.familyName(), today().plusDays(3))));
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(wrong.getContentAsString(), "$.errors[*].field"))
                .containsExactly("dateOfBirth");
        assertThat(households.members(world.household())).hasSize(count);
        var before = lastEntryId();
        var added = send(world.hanna(), post(api(world, "/members")).content("""
                {"givenName": "Kees", "familyName": "%s", "dateOfBirth": "1950-03-01", "relation": "opa"}
                """.formatted(world.familyName())));
        assertThat(added.getStatus()).isEqualTo(201);
        var id = UUID.fromString(JsonPath.read(added.getContentAsString(), "$.id"));
        assertThat(participantOf(world, id).name()).isEqualTo("Kees " + world.familyName());
        assertThat(events(before, world.hanna())).containsExactly("HOUSEHOLD_MEMBER_ADDED");
        assertThat(send(world.grandma(), post(api(world, "/members")).content("""
                                {"givenName": "X", "familyName": "Y", "dateOfBirth": "1950-03-01", "relation": "z"}
                                """))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("H-1: the birth of the expected child names its version (428, 412); then the child takes part")
    void theBirthOfTheExpectedChild() throws Exception {
        var world = roles.fresh();
        var path = "/members/" + world.expected();
        var etag = send(world.mother(), get(api(world, path))).getHeader("ETag");
        var body = """
                {"givenName": "Noor", "familyName": "%s", "dateOfBirth": "%s"}
                """.formatted(world.familyName(), today());
        assertThat(send(world.mother(), post(api(world, path + "/birth")).content(body))
                        .getStatus())
                .isEqualTo(428);
        assertThat(send(
                                world.mother(),
                                post(api(world, path + "/birth"))
                                        .header("If-Match", "\"77\"")
                                        .content(body))
                        .getStatus())
                .isEqualTo(412);
        var before = lastEntryId();
        var born = send(
                world.mother(),
                post(api(world, path + "/birth")).header("If-Match", etag).content(body));
        assertThat(born.getStatus()).isEqualTo(204);
        assertThat(events(before, world.mother())).containsExactly("HOUSEHOLD_CHILD_BORN");
        var child = participantOf(world, world.expected());
        assertThat(child.name()).isEqualTo("Noor " + world.familyName());
        assertThat(child.active()).isTrue();
        assertThat(send(
                                world.mother(),
                                post(api(world, "/members/" + world.daan() + "/birth"))
                                        .header("If-Match", etag)
                                        .content(body))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("H-1, X-6: a move and a correction name the member's version; a child does not keep the household")
    void aMoveAndACorrection() throws Exception {
        var world = roles.fresh();
        var path = "/members/" + world.fred();
        var etag = send(world.hanna(), get(api(world, path))).getHeader("ETag");
        var moved = send(
                world.hanna(),
                put(api(world, path + "/address")).header("If-Match", etag).content("{\"livesAtAddress\": false}"));
        assertThat(moved.getStatus()).isEqualTo(204);
        assertThat(member(world, world.fred()).livesAtAddress()).isFalse();
        var stale = send(
                world.hanna(),
                put(api(world, path))
                        .header("If-Match", etag)
                        .content(
                                "{\"givenName\": \"Frederik\", \"familyName\": \"%s\", \"date\": \"%s\", \"relation\": \"vader\"}"
                                        .formatted(
                                                world.familyName(),
                                                member(world, world.fred()).dateOfBirth())));
        assertThat(stale.getStatus()).isEqualTo(412);
        var corrected = send(
                world.hanna(),
                put(api(world, path))
                        .header("If-Match", moved.getHeader("ETag"))
                        .content(
                                "{\"givenName\": \"Frederik\", \"familyName\": \"%s\", \"date\": \"%s\", \"relation\": \"vader\"}"
                                        .formatted(
                                                world.familyName(),
                                                member(world, world.fred()).dateOfBirth())));
        assertThat(corrected.getStatus()).isEqualTo(204);
        assertThat(participantOf(world, world.fred()).name()).isEqualTo("Frederik " + world.familyName());
        var history = send(world.mother(), get(api(world, "/members/history"))).getContentAsString();
        assertThat(JsonPath.<List<String>>read(history, "$.items[*].kind")).contains("MOVED_OUT", "RECTIFIED");
    }

    @Test
    @DisplayName(
            "C-1: the mother reads and records authority over her child; a professional without consent may not (403)")
    void parentalAuthority() throws Exception {
        var world = roles.fresh();
        var path = "/members/" + world.daan() + "/authority";
        var read = send(world.mother(), get(api(world, path)));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(read.getContentAsString(), "$.holderIds"))
                .containsExactly(world.sanne().toString());
        var etag = read.getHeader("ETag");
        var both = "{\"holderIds\": [\"%s\", \"%s\"]}".formatted(world.sanne(), world.fred());
        for (var person : List.of(world.piet(), world.peter())) {
            var before = lastEntryId();
            var refused =
                    send(person, put(api(world, path)).header("If-Match", etag).content(both));
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(events(before, person)).doesNotContain("PARENTAL_AUTHORITY_RECORDED");
            assertThat(send(person, get(api(world, path))).getStatus()).isEqualTo(404);
        }
        assertThat(send(world.grandma(), get(api(world, path))).getStatus()).isEqualTo(404);
        assertThat(send(
                                world.colleague(),
                                put(api(world, path)).header("If-Match", etag).content(both))
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(world.mother(), put(api(world, path)).content(both)).getStatus())
                .isEqualTo(428);
        var twice = "{\"holderIds\": [\"%s\", \"%s\"]}".formatted(world.fred(), world.fred());
        assertThat(send(
                                world.mother(),
                                put(api(world, path)).header("If-Match", etag).content(twice))
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(
                                world.mother(),
                                put(api(world, path))
                                        .header("If-Match", "\"1\"")
                                        .content(both))
                        .getStatus())
                .isEqualTo(412);
        assertThat(member(world, world.daan()).authorityHolderIds()).containsExactly(world.sanne());
        var before = lastEntryId();
        var recorded = send(
                world.mother(), put(api(world, path)).header("If-Match", etag).content(both));
        assertThat(recorded.getStatus()).isEqualTo(204);
        assertThat(member(world, world.daan()).authorityHolderIds()).isEqualTo(Set.of(world.sanne(), world.fred()));
        assertThat(events(before, world.mother())).containsExactly("PARENTAL_AUTHORITY_RECORDED");
        var onlyAdults = send(
                world.mother(),
                put(api(world, path))
                        .header("If-Match", recorded.getHeader("ETag"))
                        .content("{\"holderIds\": [\"%s\"]}".formatted(world.lotte())));
        assertThat(onlyAdults.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(onlyAdults.getContentAsString(), "$.reason"))
                .isEqualTo("team.authority.onlyAdults");
    }

    private Member member(RolesFixture.World world, UUID id) {
        return households.members(world.household()).stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
