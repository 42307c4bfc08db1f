package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan's pages and API for a professional without consent (C-1, X-1): a clear refusal, nothing of the plan. */
class PlanConsentPagesTests extends PlanConsentTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    PlanDeadlines deadlines;

    @Test
    @DisplayName("C-1, X-1: without consent the plan page says for whom it is missing and shows nothing of the plan")
    void withoutConsentThePlanPageSaysForWhomItIsMissing() throws Exception {
        mvc.perform(get(plan()).with(as(piet)))
                .andExpect(status().isForbidden())
                .andExpect(content()
                        .string(containsString("U kunt dit plan nog niet zien: er is geen toestemming om "
                                + "het met u te delen voor: Sanne " + familyName + ", Tim " + familyName + ".")))
                .andExpect(content().string(containsString("href=\"/households/" + household + "/consents\"")))
                .andExpect(content().string(containsString("Hanna Hulp heeft de regie.")))
                .andExpect(content().string(not(containsString(GOAL))))
                .andExpect(content().string(not(containsString(PIETS_ACTION))));
        assertThat(auditEvents(piet)).containsExactly("PLAN_CONSENT_MISSING_SHOWN");
    }

    @Test
    @DisplayName("C-1, PL-9: every other plan page and change answers with the no-consent page, and changes nothing")
    void everyPlanPageAnswersWithTheNoConsentPage() throws Exception {
        establish();
        var before = version();
        var requests = List.<MockHttpServletRequestBuilder>of(
                get(plan() + "/versions"),
                get(plan() + "/versions/1"),
                get(plan() + "/versions/1.pdf"),
                get(plan() + "/compare"),
                get(plan() + "/goals/" + goal + "/evaluation"),
                get("/households/" + household + "/team/new"),
                post(plan() + "/goals").param("version", "" + before).param("title", "Ander doel"),
                post(plan() + "/establish").param("version", "" + before),
                post(plan() + "/versions/1/send"),
                post("/households/" + household + "/coordination/handover")
                        .param("successorId", pietInTeam.id().toString())
                        .param("version", "1"));
        for (var request : requests) {
            mvc.perform(request.with(as(piet)).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/households/" + household + "/plan/no-consent"))
                    .andExpect(content().string(not(containsString(GOAL))));
        }
        mvc.perform(get(plan() + "/no-consent").with(as(piet)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Toestemming vastleggen")))
                .andExpect(content().string(not(containsString(GOAL))));
        assertThat(version()).isEqualTo(before);
        assertThat(goalCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("C-1, X-1: the API answers 403 with a consent-missing problem in the asked language, without the plan")
    void theApiAnswersWithAConsentMissingProblem() throws Exception {
        var token =
                tokens.issue(piet.id(), "koppeling", ApiScope.READ_WRITE, 30).secret();
        for (var path : List.of("", "/versions", "/versions/1", "/goals/" + goal)) {
            mvc.perform(get("/api/v1/households/{id}/plan" + path, household)
                            .header("Authorization", "Bearer " + token)
                            .header("Accept-Language", "nl"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.type", endsWith("consent-missing")))
                    .andExpect(jsonPath("$.title").value("Geen toestemming"))
                    .andExpect(jsonPath("$.membersWithoutConsent.length()").value(2))
                    .andExpect(content().string(not(containsString(GOAL))));
        }
        mvc.perform(post("/api/v1/households/{id}/plan/goals", household)
                        .header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"" + version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Ander doel\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("consent-missing")));
        assertThat(goalCount()).isEqualTo(1);
        mvc.perform(get("/api/v1/households/{id}/plan", household)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("No consent"))
                .andExpect(jsonPath("$.detail", containsString("no consent to share it with you")));
    }

    @Test
    @DisplayName("C-1: with consent for every member he sees the plan; a withdrawal counts from the next request")
    void consentOpensThePlanAndAWithdrawalClosesItAtOnce() throws Exception {
        consentForPiet(sanne);
        var aboutTim = consentForPiet(tim);
        mvc.perform(get(plan() + "/approach").with(as(piet)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(GOAL)));

        consents.withdraw(household, aboutTim, 0, hanna.id());

        mvc.perform(get(plan() + "/approach").with(as(piet)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("met u te delen voor: Tim " + familyName + ".")))
                .andExpect(content().string(not(containsString(GOAL))));
    }

    @Test
    @DisplayName("C-1: without consent the team page is read-only; parental authority is the coordinator's to record")
    void withoutConsentTheTeamPageIsReadOnly() throws Exception {
        mvc.perform(get("/households/" + household + "/team").with(as(piet)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt het plan van dit gezin nog niet zien.")))
                .andExpect(content().string(containsString("href=\"/households/" + household + "/consents\"")))
                .andExpect(content().string(not(containsString("Iemand toevoegen"))))
                .andExpect(content().string(not(containsString(hanna.email()))))
                .andExpect(content().string(not(containsString("Wie heeft het gezag over Tim " + familyName + "?"))));
        mvc.perform(post("/households/" + household + "/team/authority/" + tim)
                        .with(as(piet))
                        .with(csrf())
                        .param("holders", sanne.toString()))
                .andExpect(status().isForbidden());
        assertThat(authorityOverTim()).isEmpty();
        mvc.perform(post("/households/" + household + "/team/authority/" + tim)
                        .with(as(hanna))
                        .with(csrf())
                        .param("holders", sanne.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(authorityOverTim()).containsExactly(sanne);
    }

    private java.util.Set<UUID> authorityOverTim() {
        return households.members(household).stream()
                .filter(m -> m.id().equals(tim))
                .findFirst()
                .orElseThrow()
                .authorityHolderIds();
    }

    @Test
    @DisplayName("C-1: my work lists the plan as not shared yet, and leaves its actions out of my work and deadlines")
    void myWorkAndDeadlinesLeaveOutWhatIsNotShared() throws Exception {
        mvc.perform(get("/my-work").with(as(piet)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gezin " + familyName)))
                .andExpect(content().string(containsString("Nog geen toestemming")))
                .andExpect(content().string(not(containsString(PIETS_ACTION))));
        assertThat(deadlines.openDeadlinesOf(piet.id(), today()))
                .extracting(Deadline::kind)
                .doesNotContain(DeadlineKind.ACTION, DeadlineKind.EVALUATION);

        shareWholePlanWith(household, piet.id());

        mvc.perform(get("/my-work").with(as(piet)))
                .andExpect(content().string(containsString(PIETS_ACTION)))
                .andExpect(content().string(not(containsString("Nog geen toestemming"))));
        assertThat(deadlines.openDeadlinesOf(piet.id(), today()))
                .extracting(Deadline::what)
                .contains(PIETS_ACTION);
    }
}
