package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.eenplan.calendar.DutchMoments;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * every page shows a date or a moment in one format, in Dutch time; no page shows an ISO or UTC
 * stamp. Renders the key pages of a household after some months of work, for each kind of person.
 */
class DutchTimeOnPagesTests extends ReadableHouseholdTest {

    /** An ISO date, a time with seconds or a zone, or an offset of UTC, as a person would read them. */
    static final Pattern MACHINE_STAMP = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d|\\d\\d-\\d\\d-\\d{4}|T\\d\\d:\\d\\d|\\d\\d:\\d\\d:\\d\\d|\\d\\d:\\d\\dZ|[+-]0[0-2]:00|UTC");

    private static final DutchMoments DUTCH = DutchMoments.in(Locale.forLanguageTag("nl"));

    @Autowired
    Mailer mailer;

    @Autowired
    ApiTokens tokens;

    @Test
    @DisplayName("X-2, X-4: the household's, the coordinator's and the administrator's pages show no ISO or UTC stamp")
    void noPageShowsAnIsoOrUtcStamp() throws Exception {
        tokens.issue(hanna.id(), "koppeling", ApiScope.READ, 30);
        var roundTable = "/households/" + household + "/round-tables";
        var h = "/households/" + household;
        for (var path : new String[] {
            h + "/plan",
            h + "/plan/versions",
            h + "/plan/versions/1",
            h + "/plan/compare?left=1&right=2",
            h + "/plan/earlier",
            h + "/team",
            h + "/household",
            h + "/coordination",
            h + "/consents",
            roundTable,
            h + "/escalations",
            "/to-do",
            "/my-work",
            "/cases",
            "/",
            "/account"
        }) {
            assertDutch(hanna, path);
        }
        assertDutch(sanne, h + "/access-log?own=show");
        assertDutch(sanne, h + "/plan");
        var admin = administrator();
        assertDutch(admin, "/admin/outbox");
        assertDutch(admin, "/admin/access-log");
    }

    @Test
    @DisplayName("X-4: the outbox shows when a mail was made in Dutch time, not in UTC")
    void theOutboxShowsDutchTime() throws Exception {
        var before = Instant.now();
        var id = mailer.send(new OutgoingMail(uniqueEmail("tijd"), "Herinnering", "Tekst"));
        var after = Instant.now();
        var admin = administrator();

        for (var path : new String[] {"/admin/outbox", "/admin/outbox/" + id}) {
            var text = assertDutch(admin, path);
            assertThat(text).containsAnyOf(DUTCH.dateTime(before), DUTCH.dateTime(after));
            var utc = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl"))
                    .withZone(ZoneOffset.UTC);
            assertThat(text).doesNotContain(utc.format(before)).doesNotContain(utc.format(after));
        }
    }

    /** The page's text as a person reads it, checked for machine stamps. */
    private String assertDutch(AccountPrincipal person, String path) throws Exception {
        var html = mvc.perform(get(path).with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var text = Jsoup.parse(html).body().text();
        assertThat(MACHINE_STAMP.matcher(text).results().map(m -> m.group()).toList())
                .as("machine stamps on %s: %s", path, text)
                .isEmpty();
        return text;
    }
}
