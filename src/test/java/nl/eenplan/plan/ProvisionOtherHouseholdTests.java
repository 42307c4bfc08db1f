package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.participation.NewHousehold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * a provision of one household named under the address of another household Hanna also works for is
 * not found there (404), whatever the request says, through the API and on the page alike; nothing changes.
 */
class ProvisionOtherHouseholdTests extends ProvisionTest {

    @Autowired
    ApiTokens tokens;

    UUID provision;
    UUID other;

    @BeforeEach
    void aProvisionAndAnotherHousehold() {
        provision = provisions.add(household, viewer(hanna), version(), youthCareForTim());
        var municipality = organisations.found(
                "Gemeente ander " + UUID.randomUUID().toString().substring(0, 8), OrganisationKind.MUNICIPALITY, null);
        other = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin Bakker " + familyName,
                        municipality.id(),
                        "Kerkstraat 2",
                        "2345 BC",
                        "Gouda",
                        List.of(NewMember.born("Petra", "Bakker", LocalDate.of(1985, 6, 1), "moeder"))));
        shareWholePlanWith(other, hanna.id());
    }

    @Test
    @DisplayName("X-1: a provision changed, read or withdrawn under another household's address answers 404 (API)")
    void throughTheApi() throws Exception {
        var before = state();
        var token = tokens.issue(hanna.id(), "test", ApiScope.READ_WRITE, 30).secret();
        var address = "/api/v1/households/" + other + "/plan/provisions/" + provision;
        var body = """
                {"memberId": "%s", "law": "JEUGDWET", "kind": "YOUTH_OUTPATIENT", "provider": "Jeugdzorg Midden",
                 "reason": "Tim heeft hulp nodig.", "volume": 4, "unit": "HOUR", "frequency": "PER_WEEK",
                 "status": "DECIDED_GRANTED", "goalIds": ["%s"]}
                """.formatted(tim, schoolGoal);
        for (var request : List.of(
                put(address).content(body),
                put(address)
                        .content(body.replace(tim.toString(), UUID.randomUUID().toString())),
                post(address + "/withdraw"),
                get(address))) {
            mvc.perform(request.header("Authorization", "Bearer " + token)
                            .header("If-Match", "\"" + version(other) + "\"")
                            .contentType(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value("Dit bestaat niet, of u mag het niet zien."));
        }
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    @Test
    @DisplayName("X-1: a provision changed or withdrawn under another household's address answers 404 (page)")
    void onThePage() throws Exception {
        var before = state();
        var address = "/households/" + other + "/plan/provisions/" + provision;
        mvc.perform(post(address)
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version(other)))
                        .param("memberId", tim.toString())
                        .param("law", "JEUGDWET")
                        .param("kind", "YOUTH_OUTPATIENT")
                        .param("reason", "Tim heeft hulp nodig.")
                        .param("status", "DECIDED_GRANTED")
                        .param("goalIds", schoolGoal.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post(address + "/withdraw")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(version(other))))
                .andExpect(status().isNotFound());
        assertThat(state()).as("nothing changed").isEqualTo(before);
    }

    /** Both plans' versions and the provision as stored. */
    private List<Object> state() {
        var stored = jdbc.sql("select status, reason, plan_id from plan_provision where id = ?")
                .param(provision)
                .query()
                .singleRow();
        return List.of(version(), version(other), stored);
    }

    private int version(UUID householdId) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(householdId)
                .query(Integer.class)
                .single();
    }
}
