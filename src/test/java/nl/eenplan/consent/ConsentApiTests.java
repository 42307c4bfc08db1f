package nl.eenplan.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The consents of a household through the JSON API: the age rule, versions, who may do what, the log. */
class ConsentApiTests extends ConsentApiTest {

    @Test
    @DisplayName(
            "C-1: consent given by others than the age rule asks is 422 naming who is missing, and nothing is stored")
    void theAgeRuleNamesWhoIsMissing() throws Exception {
        // C-1: Tim (14) consents together with both parents with authority.
        mvc.perform(api(hanna, post(consents())).content(consentBody(tim, "WRITTEN", tim)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.reason").value("consent.givenBy.missing"))
                .andExpect(jsonPath("$.field").value("givenBy"))
                .andExpect(jsonPath(
                        "$.missing", org.hamcrest.Matchers.containsInAnyOrder(sanne.toString(), mark.toString())))
                .andExpect(jsonPath("$.detail", containsString("Sanne " + familyName)));
        // C-1: for Sara (11) her mother with authority consents, not Sara herself.
        mvc.perform(api(hanna, post(consents()))
                        .header("Accept-Language", "en")
                        .content(consentBody(sara, "WRITTEN", sara)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.missing[0]").value(sanne.toString()))
                .andExpect(jsonPath("$.detail", containsString("must consent too")));
        // C-1: Mark has no authority over Sara: he may not consent for her.
        mvc.perform(api(hanna, post(consents())).content(consentBody(sara, "WRITTEN", sanne, mark)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("consent.givenBy.notEntitled"))
                .andExpect(jsonPath("$.notEntitled[0]").value(mark.toString()));
        assertThat(consentCount()).isZero();
        assertThat(auditEvents(hanna)).doesNotContain("CONSENT_GIVEN");

        give(tim, "WRITTEN", tim, sanne, mark);
        assertThat(consentCount()).isEqualTo(1);
        assertThat(auditEvents(hanna)).contains("CONSENT_GIVEN");
    }

    @Test
    @DisplayName("C-3: the written form and the withdrawal name the version in If-Match: 428 without, 412 when stale")
    void writtenFormAndWithdrawalAreVersioned() throws Exception {
        var consent = give(sara, "ORAL", sanne);
        var one = consents() + "/" + consent;
        mvc.perform(api(hanna, get(one)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.memberId").value(sara.toString()))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.manner").value("ORAL"))
                .andExpect(jsonPath("$.writtenFormDue")
                        .value(today.plusDays(registry.writtenFormDays()).toString()));

        mvc.perform(api(hanna, post(one + "/written"))).andExpect(status().isPreconditionRequired());
        mvc.perform(api(hanna, post(one + "/written")).header("If-Match", "\"3\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(api(hanna, post(one + "/written")).header("If-Match", "\"0\""))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(api(hanna, get(one))).andExpect(jsonPath("$.writtenFormOn").value(today.toString()));
        mvc.perform(api(hanna, post(one + "/written")).header("If-Match", "\"1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("consent.written.notOutstanding"));

        mvc.perform(api(hanna, post(one + "/withdrawal")).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(api(hanna, post(one + "/withdrawal")).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(api(hanna, get(one)))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(header().string("ETag", "\"2\""));
        assertThat(auditEvents(hanna))
                .contains("CONSENT_GIVEN", "CONSENT_WRITTEN_FORM_REGISTERED", "CONSENT_WITHDRAWN", "CONSENTS_READ");
    }

    @Test
    @DisplayName("X-1, X-5: the household reads its overview and withdraws for whom it consents; others get 404")
    void whoMayDoWhat() throws Exception {
        var aboutSara = give(sara, "WRITTEN", sanne);
        var outsider = staff("Olaf Buiten", youthCare);
        // Nobody outside the team, and no network member, learns that the household or consent exists.
        for (var person : List.of(outsider, grandma)) {
            for (MockHttpServletRequestBuilder request : List.of(
                    get(consents()),
                    get(consents() + "/required"),
                    get(consents() + "/" + aboutSara),
                    post(consents()).content(consentBody(sara, "WRITTEN", sanne)),
                    post(consents() + "/" + aboutSara + "/withdrawal").header("If-Match", "\"0\""))) {
                mvc.perform(api(person, request))
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.detail").isNotEmpty());
            }
            assertThat(auditEvents(person)).isEmpty();
        }
        // The household reads its overview, not the professionals' form, and records nothing.
        mvc.perform(api(sanneAccount, get(consents())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(aboutSara.toString()));
        mvc.perform(api(sanneAccount, get(consents() + "/required"))).andExpect(status().isNotFound());
        mvc.perform(api(sanneAccount, post(consents())).content(consentBody(sara, "WRITTEN", sanne)))
                .andExpect(status().isNotFound());
        assertThat(auditEvents(sanneAccount)).containsOnly("CONSENT_OVERVIEW_READ");
        // C-1: Mark does not consent for Sara, so he cannot withdraw it; Sanne can.
        mvc.perform(api(markAccount, post(consents() + "/" + aboutSara + "/withdrawal"))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        mvc.perform(api(sanneAccount, post(consents() + "/" + aboutSara + "/withdrawal"))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
        assertThat(auditEvents(sanneAccount)).contains("CONSENT_WITHDRAWN");
        assertThat(consentCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("C-1: what recording consent asks: who consents for each member today, and whom it can name")
    void theRulesForRecordingConsent() throws Exception {
        var body = mvc.perform(api(hanna, get(consents() + "/required")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day").value(today.toString()))
                .andExpect(jsonPath("$.writtenFormDays").value(registry.writtenFormDays()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> forTim = JsonPath.read(body, "$.members[?(@.memberId == '" + tim + "')].consenters[*]");
        assertThat(forTim).containsExactlyInAnyOrder(tim.toString(), sanne.toString(), mark.toString());
        List<String> ground = JsonPath.read(body, "$.members[?(@.memberId == '" + sara + "')].ground");
        assertThat(ground).containsExactly("CHILD_UNDER_12");
        List<String> recipients = JsonPath.read(body, "$.recipients[*].id");
        assertThat(recipients)
                .contains(hannaInTeam.id().toString(), youthCare.id().toString());
    }

    @Test
    @DisplayName("X-1: the list of consents is paginated, and a page or size out of range is 400")
    void theListIsPaginated() throws Exception {
        give(sara, "WRITTEN", sanne);
        give(tim, "WRITTEN", tim, sanne, mark);
        mvc.perform(api(hanna, get(consents()).param("size", "1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.nextPage").value(1));
        mvc.perform(api(hanna, get(consents()).param("size", "1").param("page", "1")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextPage").isEmpty());
        for (var bad : List.of(new String[] {"size", "101"}, new String[] {"size", "0"}, new String[] {"page", "-1"})) {
            mvc.perform(api(hanna, get(consents()).param(bad[0], bad[1])))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(api(hanna, get(consents() + "/" + UUID.randomUUID()))).andExpect(status().isNotFound());
        mvc.perform(api(hanna, get(consents() + "/abc"))).andExpect(status().isNotFound());
        mvc.perform(api(hanna, get("/api/v1/households/{id}/consents", household)))
                .andExpect(jsonPath("$.items[0].purpose", endsWith("afstemmen")));
    }
}
