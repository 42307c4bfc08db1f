package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * X-5, C-1: what the exports of a plan hold for a network member: what the plan page shows her (the goals
 * she takes part in, her own actions, who coordinates and herself), never the rest of the team, the other
 * goals and actions or the consents. Found from outside (bench/outside/access_routes.py).
 */
@DisplayName("X-5, C-1: the exports hold what the pages show")
class ExportScopeTests extends MatrixTest {

    @Test
    @DisplayName("X-5: the FHIR export of a network member holds her part of the plan, as the plan page")
    void fhirOfTheNetwork() throws Exception {
        var grandma = person(Actor.NETWORK);
        var response = mvc.perform(get(path("/api/v1/households/{A}/plan/fhir"))
                        .header("Authorization", "Bearer " + token(grandma)))
                .andReturn()
                .getResponse();
        var body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body).contains("Tim haalt zijn diploma", "Oma brengt Tim naar school");
        assertThat(body)
                .doesNotContain("Hanna belt de mentor van Tim", "Piet zoekt een stageplek", "Schulden op orde")
                .doesNotContain("Aanvraag schuldhulp indienen", "Budgetcursus volgen")
                .doesNotContain("Piet Zonder", "Peter Traag", "schuldhulpverlener", "gezinscoach")
                .doesNotContain(nl.eenplan.testing.ConsentFixtures.PURPOSE);
    }
}
