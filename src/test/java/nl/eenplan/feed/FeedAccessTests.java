package nl.eenplan.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.StaffRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("X-1: who follows which household through the event feed")
class FeedAccessTests extends FeedTest {

    @Test
    @DisplayName(
            "X-1, C-1: the access team follows its municipality; a professional only the teams whose plan he may see")
    void whoFollowsWhichHousehold() throws Exception {
        var place = place();
        var elsewhere = place();
        var petra = staff("Petra de Vries", place.provider(), StaffRole.PROFESSIONAL);
        var karel = staff("Karel Zonder", place.provider(), StaffRole.PROFESSIONAL);
        var shared = registerFamily(petra, place, true);
        var unshared = registerFamily(karel, place, false);

        var accessTeam = staff("Ahmed Toegang", place.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        var otherAccessTeam = staff("Olga Elders", elsewhere.accessTeam(), StaffRole.ACCESS_TEAM_MEMBER);
        var outsider = staff("Omar Buiten", place.provider(), StaffRole.PROFESSIONAL);
        var contactPoint = staff("Greet Gemeente", place.municipality(), StaffRole.MUNICIPAL_CONTACT_POINT);
        var manager = staff("Mies Manager", place.provider(), StaffRole.MANAGER);

        assertThat(households(accessTeam)).containsExactlyInAnyOrder(shared, unshared);
        assertThat(households(petra)).containsExactly(shared);
        // C-1: in the team, but without consent nothing of the plan, so not its changes either.
        assertThat(households(karel)).isEmpty();
        assertThat(households(otherAccessTeam)).isEmpty();
        assertThat(households(outsider)).isEmpty();
        // Contact points and managers follow only the households they oversee through an open escalation.
        assertThat(households(contactPoint)).isEmpty();
        assertThat(households(manager)).isEmpty();

        // Once consent is recorded, the professional follows the household, from its first event.
        consent(unshared, karel);
        assertThat(households(karel)).containsExactly(unshared);
        assertThat(JsonPath.<String>read(feed(karel, ""), "$.events[0].type")).isEqualTo("nl.eenplan.plan.started");
    }

    @Test
    @DisplayName("X-1: household and network members and administrators get a 403 problem, and nothing is logged")
    void citizensAndAdministratorsAreRefused() throws Exception {
        for (var kind : List.of(AccountKind.CITIZEN, AccountKind.ADMINISTRATOR)) {
            var person = client("Iemand " + kind, kind);
            mvc.perform(as(person, get("/api/v1/events")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.title").value("Geen toegang"))
                    .andExpect(jsonPath("$.events").doesNotExist());
            assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and event like 'FEED%'")
                            .param(person.accountId())
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
        mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized());
    }

    private Set<UUID> households(Client client) throws Exception {
        List<String> ids = JsonPath.read(feed(client, "?limit=100"), "$.events[*].data.householdId");
        return ids.stream().map(UUID::fromString).collect(Collectors.toSet());
    }
}
