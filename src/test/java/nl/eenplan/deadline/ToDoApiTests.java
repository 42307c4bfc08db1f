package nl.eenplan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Te doen" through the API: the deadlines of the person of the token, overdue first, paginated, logged. */
class ToDoApiTests extends DeadlineTest {

    @Autowired
    ApiTokens tokens;

    private MockHttpServletRequestBuilder api(AccountPrincipal person, MockHttpServletRequestBuilder request) {
        var secret = tokens.issue(person.id(), "koppeling", ApiScope.READ, 30).secret();
        return request.header("Authorization", "Bearer " + secret);
    }

    @Test
    @DisplayName("G-2, X-5: each person reads only their own deadlines, overdue first then soonest, with their heading")
    void eachPersonReadsTheirOwnDeadlines() throws Exception {
        var family = family();
        var goal = goal(family, "Sara gaat elke dag naar school");
        action(family, goal, "Wekker zetten", today().plusDays(20), today().plusWeeks(8), family.sanneParticipant());
        action(family, goal, "Ontbijt maken", today(), today().plusWeeks(8), family.sanneParticipant());
        action(family, goal, "Leerplicht bellen", today().plusDays(2), today().plusWeeks(8), family.hannaParticipant());

        mvc.perform(api(family.sanne(), get("/api/v1/to-do")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].what").value("Ontbijt maken"))
                .andExpect(jsonPath("$.items[0].group").value("TODAY"))
                .andExpect(jsonPath("$.items[0].kind").value("ACTION"))
                .andExpect(jsonPath("$.items[0].householdId")
                        .value(family.household().toString()))
                .andExpect(jsonPath(
                        "$.items[0].page", containsString(family.household().toString())))
                .andExpect(content().string(not(containsString("Leerplicht bellen"))));
        // the household shown is logged, as on the page.
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and household_id = ? and event = ?")
                        .params(family.sanne().id(), family.household(), "DEADLINES_LISTED")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var neighbour = person("Buurvrouw", AccountKind.CITIZEN);
        mvc.perform(api(neighbour, get("/api/v1/to-do")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.nextPage").isEmpty())
                .andExpect(content().string(not(containsString(family.name()))));
        mvc.perform(get("/api/v1/to-do")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("G-2: the to-do list is paginated; a page or size out of range is 400")
    void theListIsPaginated() throws Exception {
        var family = family();
        var goal = goal(family, "Schulden op een rij");
        for (var i = 1; i <= 3; i++) {
            action(
                    family,
                    goal,
                    "Stap " + i,
                    today().plusDays(10 * i),
                    today().plusWeeks(10),
                    family.sanneParticipant());
        }
        mvc.perform(api(family.sanne(), get("/api/v1/to-do").param("size", "2")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].what").value("Stap 1"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(api(family.sanne(), get("/api/v1/to-do").param("size", "2").param("page", "1")))
                .andExpect(jsonPath("$.items[0].what").value("Stap 3"))
                .andExpect(jsonPath("$.nextPage").isEmpty());
        for (var bad : List.of("0", "101")) {
            mvc.perform(api(family.sanne(), get("/api/v1/to-do").param("size", bad)))
                    .andExpect(status().isBadRequest());
        }
    }
}
