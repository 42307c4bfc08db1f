package nl.eenplan;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the tests of the team, coordination and household API share: the household of five of {@link
 * RolesFixture} (fresh for changes), a read-write API token per person, and the access log.
 */
abstract class TeamApiTest extends MatrixTest {

    private static final Map<UUID, String> READ_WRITE = new ConcurrentHashMap<>();

    @Autowired
    RolesFixture roles;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Coordinations coordinations;

    @Autowired
    Clock clock;

    /** The shared household of five; tests that change something make their own with {@code roles.fresh()}. */
    RolesFixture.World w() {
        return roles.world();
    }

    /** The request with this person's read-write token, as JSON. */
    MockHttpServletRequestBuilder as(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var token = READ_WRITE.computeIfAbsent(
                person.id(),
                id -> tokens.issue(id, "team-api", ApiScope.READ_WRITE, 30).secret());
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    MockHttpServletResponse send(AccountPrincipal person, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(as(person, request)).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    static String api(RolesFixture.World world, String tail) {
        return "/api/v1/households/" + world.household() + tail;
    }

    /** The participant who is this member of the household. */
    Participant participantOf(RolesFixture.World world, UUID memberId) {
        return team.of(world.household()).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .findFirst()
                .orElseThrow();
    }

    /** The participant this account is in the household's team. */
    Participant participantOf(RolesFixture.World world, AccountPrincipal person) {
        return team.participationOf(world.household(), person.id()).orElseThrow();
    }

    List<String> events(long before, AccountPrincipal person) {
        return entriesSince(before, person).stream().map(Entry::event).toList();
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }
}
