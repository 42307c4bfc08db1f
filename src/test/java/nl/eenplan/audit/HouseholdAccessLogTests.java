package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** the household sees who looked at or changed its plan; nobody else sees that page. */
class HouseholdAccessLogTests extends AuditTest {

    @Test
    @DisplayName(
            "X-1: a household member sees who looked at the plan, with name and organisation, newest first; an event without words says so in general")
    void theMotherSeesWhoLookedAtThePlan() throws Exception {
        hannaReadsThePlan();
        var other = staff("Olaf Overval");
        transactions.executeWithoutResult(
                status -> audit.record(new AuditEvent(other.id(), null, "SOMETHING_NEW", null, null, household, null)));

        var html = page(sanne, 0);
        var rows = Jsoup.parse(html).select("li.ep-log__entry");

        assertThat(html).contains("Wie heeft het plan van Gezin " + familyName + " bekeken?");
        assertThat(rows.first().text()).contains("Olaf Overval").contains("Heeft gegevens van het gezin gebruikt");
        assertThat(rows.get(1).text())
                .contains("Hanna Hulp")
                .contains(provider.name())
                .contains("Heeft het plan bekeken");
        assertThat(rows.last().text()).contains("Heeft het gezin aangemeld");
        assertThat(events(sanne)).containsExactly("ACCESS_LOG_READ");
    }

    @Test
    @DisplayName("X-1: professionals, network members and strangers are told the page does not exist")
    void onlyHouseholdMembersSeeTheLog() throws Exception {
        var grandma = citizen("Oma " + familyName);
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        grandma.displayName(),
                        "oma",
                        Set.of(),
                        null,
                        null,
                        true,
                        false,
                        false,
                        null),
                grandma.id());

        for (var person : new AccountPrincipal[] {hanna, grandma, citizen("Vreemde")}) {
            mvc.perform(get("/households/{id}/access-log", household).with(as(person)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(familyName))));
        }
        mvc.perform(get("/households/{id}/access-log", household).with(as(karim)))
                .andExpect(status().isOk());
        assertThat(events(hanna)).doesNotContain("ACCESS_LOG_READ");
    }

    @Test
    @DisplayName("X-1, X-6: a member sees entries about himself and his children under 16, not about other adults")
    void entriesAboutOneMemberGoToThatMemberAndHisRepresentatives() throws Exception {
        accessAbout(hanna, "PLAN_READ", "Sara");
        accessAbout(hanna, "TEAM_READ", "Daan");
        accessAbout(hanna, "COORDINATION_READ", "Karim");

        var motherSees =
                Jsoup.parse(page(sanne, 0)).select("section.ep-log-day").text();
        assertThat(motherSees).contains("Over Sara " + familyName).doesNotContain("Over Daan", "Over Karim");

        var fatherSees =
                Jsoup.parse(page(karim, 0)).select("section.ep-log-day").text();
        assertThat(fatherSees).contains("Over Karim " + familyName).doesNotContain("Over Sara", "Over Daan");
    }

    @Test
    @DisplayName("X-1: the log is paged, 40 entries a page, with links to older and newer lines")
    void theLogIsPaged() throws Exception {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 45; i++) {
                audit.record(new AuditEvent(
                        hanna.id(), null, i % 2 == 0 ? "PLAN_READ" : "TEAM_READ", "plan", null, household, null));
            }
        });

        var first = Jsoup.parse(page(sanne, 0));
        assertThat(first.select("li.ep-log__entry")).hasSize(HouseholdAccessLog.PAGE_SIZE);
        assertThat(first.select("a:contains(Oudere regels)").attr("href")).contains("page=1");
        assertThat(first.select("a:contains(Nieuwere regels)")).isEmpty();

        var second = Jsoup.parse(page(sanne, 1));
        // 45 reads, the registration and the consents about Sanne and Sara (those about Karim, an adult,
        // and Daan, 17, are theirs to see); Sanne's own look at the first page is hidden.
        assertThat(second.select("li.ep-log__entry")).hasSize(8);
        assertThat(second.select("a:contains(Nieuwere regels)").attr("href")).contains("page=0");
        mvc.perform(get("/households/{id}/access-log", household)
                        .param("page", "-1")
                        .with(as(sanne)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("X-1: the plan and team pages link a household member to the log, not a professional")
    void thePlanAndTeamPagesLinkTheHouseholdToItsLog() throws Exception {
        var link = "/households/" + household + "/access-log";
        for (var path : new String[] {"/households/{id}/plan", "/households/{id}/team"}) {
            mvc.perform(get(path, household).with(as(sanne)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(link)));
            mvc.perform(get(path, household).with(as(hanna)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(link))));
        }
    }

    private String page(AccountPrincipal person, int page) throws Exception {
        return mvc.perform(get("/households/{id}/access-log", household)
                        .param("page", Integer.toString(page))
                        .with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
