package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.plan.NewAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * every page and API endpoint of the plan that shows personal data writes exactly one entry per
 * access for the right household and account (registering at least one), and the hash chain stays
 * whole afterwards. The authorization matrix ({@code nl.eenplan.AuthorizationMatrixTests}) checks the
 * same for every page, every role, and the basis of each entry.
 */
class AuditCoverageTests extends AuditTest {

    @Autowired
    Coordinations coordinations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditChain chain;

    private UUID goal;
    private UUID action;

    /** Hanna coordinates; the plan has a goal with actions and two established versions. */
    @BeforeEach
    void aPlanWithTwoVersions() {
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        participant("Hanna").id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);
        goal = planEditing.addGoal(household, access.viewer(household, hanna), planVersion(), "Rust in huis");
        action = addAction("Weekplanning maken");
        planEstablishing.establish(household, access.viewer(household, hanna), planVersion());
        addAction("Afspraak bij de schuldhulp");
        planEstablishing.establish(household, access.viewer(household, hanna), planVersion());
    }

    @Test
    @DisplayName("X-1: each plan page logs the read once for the household and the person who asked")
    void everyPlanPageIsLogged() throws Exception {
        var plan = "/households/" + household + "/plan";
        for (var path : new String[] {
            plan,
            "/households/" + household + "/team",
            plan + "/versions",
            plan + "/versions/1",
            plan + "/versions/1.pdf",
            plan + "/compare?left=1&right=2",
            "/my-work"
        }) {
            var before = lastEntryId();
            mvc.perform(get(path).with(as(hanna))).andExpect(status().isOk());
            assertThat(newEntries(before, household, hanna)).as(path).isOne();
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: each API read of the plan logs the read once for the household and the token's account")
    void everyApiReadIsLogged() throws Exception {
        var token =
                tokens.issue(hanna.id(), "koppeling", ApiScope.READ_WRITE, 30).secret();
        var plan = "/api/v1/households/" + household + "/plan";
        for (var path : new String[] {
            plan, plan + "/goals/" + goal, plan + "/actions/" + action, plan + "/versions", plan + "/versions/1"
        }) {
            var before = lastEntryId();
            mvc.perform(withToken(token, get(path))).andExpect(status().isOk());
            assertThat(newEntries(before, household, hanna)).as(path).isOne();
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("X-1: registering a household through the API is logged for the new household")
    void registeringThroughTheApiIsLogged() throws Exception {
        var token =
                tokens.issue(hanna.id(), "koppeling", ApiScope.READ_WRITE, 30).secret();
        var before = lastEntryId();
        var body = """
                {"name": "Gezin De Vries", "municipalityId": "%s", "street": "Dorpsstraat 2", "postcode": "1234 AB",
                 "city": "Gouda", "members": [
                   {"givenName": "Eva", "familyName": "de Vries", "dateOfBirth": "1990-05-05", "relation": "moeder"}]}
                """.formatted(municipality.id());
        var location = mvc.perform(withToken(token, post("/api/v1/households")).content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var registered = UUID.fromString(location.replaceAll(".*/households/([^/]+)/plan$", "$1"));

        assertThat(newEntries(before, registered, hanna)).isPositive();
        assertThat(chain.verify().intact()).isTrue();
    }

    private UUID addAction(String what) {
        var start = LocalDate.of(2026, 12, 1);
        return planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(what, Set.of(participant("Hanna").id()), start, start.plusWeeks(4), start.plusWeeks(6)));
    }

    private int newEntries(long after, UUID householdId, AccountPrincipal person) {
        // Reminder mails are logged by a background task, not by the request.
        return jdbc.sql("""
                        select count(*) from audit_entry
                        where id > ? and household_id = ? and account_id = ? and event <> 'REMINDER_SENT'
                        """)
                .params(after, householdId, person.id())
                .query(Integer.class)
                .single();
    }

    private int planVersion() {
        return jdbc.sql("select version from plan where household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }

    private static MockHttpServletRequestBuilder withToken(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }
}
