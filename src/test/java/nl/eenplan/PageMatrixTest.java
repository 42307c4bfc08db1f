package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Asks for one page as one actor and checks the answer against the matrix, and the access log against
 * the rule "one access, one entry" (X-1, X-6, NEN 7513). The answers:
 *
 * <ul>
 *   <li>{@code 200}: shown, with exactly one entry about household A (and its basis, see {@link #basisOf});
 *   <li>{@code list}: a list of households, with exactly one entry per household it shows and none other;
 *   <li>{@code search}: as {@code list}, after one entry of the search itself, without household;
 *   <li>{@code form}: shown, but it holds nothing of the household, so no entry;
 *   <li>{@code 403c}: C-1, a participant without consent: the page that says for whom consent is missing
 *       (403), with one entry about household A;
 *   <li>{@code 403}: refused by role (only administrators), no entry;
 *   <li>{@code 404}: as if it did not exist, no entry and nothing of either household in the answer;
 *   <li>{@code 302}: sent on to another page of the household, no entry;
 *   <li>{@code login}: not logged in, sent to the login page, no entry.
 * </ul>
 */
abstract class PageMatrixTest extends MatrixTest {

    /** Where the basis is checked: views of the plan rest on taking part or on consent; own data on self. */
    enum Basis {
        VIEWER,
        SELF,
        ADMINISTRATOR,
        NOT_CHECKED
    }

    static Basis basisOf(String route) {
        if (route.startsWith("/households/{A}/access-log") || route.startsWith("/households/{A}/personal-data")) {
            return Basis.SELF;
        }
        if (route.startsWith("/admin/access-log/")) {
            return Basis.ADMINISTRATOR;
        }
        if (route.startsWith("/households/{A}/plan")
                || route.startsWith("/households/{A}/team")
                || route.startsWith("/households/{A}/coordination")
                || route.startsWith("/households/{A}/round-tables")) {
            return Basis.VIEWER;
        }
        return Basis.NOT_CHECKED;
    }

    void check(String route, Actor actor, String answer) throws Exception {
        var person = actor == Actor.ANONYMOUS ? null : person(actor);
        var household = world().household();
        var request = get(path(route));
        if (person != null) {
            request.with(as(person));
        }
        var before = lastEntryId();
        var response = mvc.perform(request).andReturn().getResponse();
        var status = response.getStatus();
        var body = response.getContentAsString(StandardCharsets.UTF_8);
        var noConsent = "/households/" + household + "/plan/no-consent";
        if (answer.equals("403c") && response.getForwardedUrl() != null) {
            // The servlet container follows the forward to the no-consent page; MockMvc only records it.
            assertThat(response.getForwardedUrl()).isEqualTo(noConsent);
            var page = mvc.perform(get(noConsent).with(as(person))).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(status);
            body = page.getContentAsString(StandardCharsets.UTF_8);
        }
        var entries = entriesSince(before, person);
        switch (answer) {
            case "200" -> {
                assertThat(status).isEqualTo(200);
                assertThat(entries).as("one access, one entry").hasSize(1);
                assertThat(entries.getFirst().household()).isEqualTo(household);
                checkBasis(route, actor, entries.getFirst());
            }
            case "list" -> {
                assertThat(status).isEqualTo(200);
                shownOncePerHousehold(entries, body);
            }
            case "search" -> {
                assertThat(status).isEqualTo(200);
                assertThat(entries)
                        .filteredOn(e -> e.household() == null)
                        .extracting(Entry::event)
                        .containsExactly("CASES_SEARCHED");
                shownOncePerHousehold(
                        entries.stream().filter(e -> e.household() != null).toList(), body);
            }
            case "form" -> {
                assertThat(status).isEqualTo(200);
                assertThat(entries).isEmpty();
            }
            case "403c" -> {
                assertThat(status).isEqualTo(403);
                assertThat(body).contains("Gezin " + world().familyName());
                assertThat(entries).extracting(Entry::event).containsExactly("PLAN_CONSENT_MISSING_SHOWN");
                assertThat(entries.getFirst().household()).isEqualTo(household);
                checkBasis(route, actor, entries.getFirst());
            }
            case "403", "404" -> {
                assertThat(status).isEqualTo(Integer.parseInt(answer));
                assertThat(entries).isEmpty();
                leaksNothing(body);
            }
            case "302" -> {
                assertThat(status).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).startsWith("/households/" + household);
                assertThat(entries).isEmpty();
            }
            case "login" -> {
                assertThat(status).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/login");
                assertThat(entries).isEmpty();
            }
            default -> throw new IllegalArgumentException("no such answer: " + answer);
        }
    }

    private void checkBasis(String route, Actor actor, Entry entry) {
        switch (basisOf(route)) {
            case VIEWER -> assertThat(entry.basis()).as("basis").isEqualTo(expectedBasis(actor));
            case SELF -> assertThat(entry.basis()).as("basis").isEqualTo("self");
            case ADMINISTRATOR -> assertThat(entry.basis()).as("basis").isEqualTo("administrator");
            case NOT_CHECKED -> {}
        }
    }

    /** A list page logs each household it shows exactly once, and no household it does not show. */
    private void shownOncePerHousehold(List<Entry> entries, String body) {
        var w = world();
        var perHousehold = entries.stream().collect(Collectors.groupingBy(Entry::household, Collectors.counting()));
        assertThat(entries).allSatisfy(e -> assertThat(e.household()).isNotNull());
        assertThat(perHousehold.values()).as("entries per household").allMatch(n -> n == 1);
        assertThat(perHousehold.containsKey(w.household()))
                .as("household A logged as shown")
                .isEqualTo(body.contains("Gezin " + w.familyName()));
        assertThat(perHousehold.containsKey(w.otherHousehold()))
                .as("household B logged as shown")
                .isEqualTo(body.contains("Gezin " + w.otherFamilyName()));
    }
}
