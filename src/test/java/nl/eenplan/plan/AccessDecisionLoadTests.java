package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What a person may see of a household (C-1, C-2, X-5) is decided from one load of the
 * household's members, team, consents and decisions to share, once per request, however many members
 * the household has.
 */
class AccessDecisionLoadTests extends PlanPageTest {

    @Autowired
    StatementCounter statements;

    @Autowired
    HouseholdRegister households;

    @Autowired
    ApiTokens tokens;

    AccountPrincipal piet;

    /** A household of four (two parents, Tim of 17, Lisa of 10), with consent for Hanna and Piet. */
    @BeforeEach
    void aHouseholdOfFour() {
        var today = today();
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        provider.municipalityId(),
                        "Dorpsstraat 4",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", familyName, LocalDate.of(1985, 6, 1), "moeder"),
                                NewMember.born("Kees", familyName, LocalDate.of(1983, 2, 3), "vader"),
                                NewMember.born("Tim", familyName, today.minusYears(17), "zoon"),
                                NewMember.born("Lisa", familyName, today.minusYears(10), "dochter"))));
        var members = households.members(household);
        households.grantParentalAuthority(members.get(3).id(), members.get(0).id());
        households.grantParentalAuthority(members.get(3).id(), members.get(1).id());
        piet = staff("Piet Peters");
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        piet.displayName(),
                        "gezinscoach",
                        Set.of(),
                        null,
                        piet.email(),
                        true,
                        true,
                        false,
                        null),
                piet.id());
        shareWholePlanWith(household, hanna.id(), piet.id());
        hannaCoordinates();
        goal("Lisa gaat weer naar school");
    }

    @Test
    @DisplayName("C-1: a professional's plan page loads consents and decisions to share once, for four members")
    void thePlanPageLoadsTheDecisionDataOnce() throws Exception {
        var sent =
                statements.during(() -> mvc.perform(get(plan()).with(as(piet))).andExpect(status().isOk()));

        assertLoadedOnce(sent);
        // The whole page, not only the decision: 52 statements before one decision per request, 24 now.
        assertThat(sent).hasSizeLessThanOrEqualTo(24);
    }

    @Test
    @DisplayName("C-1: reading the plan through the API loads consents and decisions to share once")
    void theApiLoadsTheDecisionDataOnce() throws Exception {
        var token = tokens.issue(piet.id(), "koppeling", ApiScope.READ, 30).secret();
        var sent = statements.during(() -> mvc.perform(get("/api/v1/households/" + household + "/plan")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()));

        assertLoadedOnce(sent);
    }

    @Test
    @DisplayName("C-1: the consent page asks once how the professional takes part, for the page and its disclosure")
    void theConsentPageDecidesOnce() throws Exception {
        var sent = statements.during(
                () -> mvc.perform(get("/households/" + household + "/consents").with(as(piet)))
                        .andExpect(status().isOk()));

        assertThat(sent.stream().filter(sql -> sql.contains("account_id = ?") && reads(sql, "participant")))
                .hasSize(1);
    }

    /**
     * Once each: how the person takes part in the team (asked before by every module, eight times for
     * a plan page), the consents and the decisions to share (before: once per member and once more,
     * six times for a household of four).
     */
    private static void assertLoadedOnce(List<String> sent) {
        assertThat(sent.stream().filter(sql -> sql.contains("account_id = ?") && reads(sql, "participant")))
                .hasSize(1);
        assertThat(sent.stream().filter(sql -> reads(sql, "consent"))).hasSize(1);
        assertThat(sent.stream().filter(sql -> reads(sql, "sharing_override"))).hasSize(1);
    }

    private static boolean reads(String sql, String table) {
        return sql.toLowerCase(Locale.ROOT).matches("(?s).*\\bfrom\\s+" + table + "\\b.*");
    }
}
