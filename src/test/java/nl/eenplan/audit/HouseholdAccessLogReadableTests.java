package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import nl.eenplan.calendar.DutchMoments;
import nl.eenplan.identity.AccountPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * the household reads its access log in words: who (name and organisation), did what, on which
 * basis, in Dutch time, grouped by day, with its own visits hidden unless it asks for them.
 */
class HouseholdAccessLogReadableTests extends ReadableHouseholdTest {

    private static final DutchMoments DUTCH = DutchMoments.in(Locale.forLanguageTag("nl"));

    @Autowired
    EntryWriter writer;

    @Test
    @DisplayName("X-1, X-4: the log is grouped by day in Dutch time; late at night in UTC is the next day here")
    void groupedByDutchDay() throws Exception {
        var lateLastNight =
                LocalDate.now(ZoneOffset.UTC).minusDays(2).atTime(23, 30).toInstant(ZoneOffset.UTC);
        writeAt(
                lateLastNight,
                new AuditEvent(piet.id(), null, "PLAN_READ", "plan", null, household, null)
                        .on(AccessBasis.participation(participant("Piet").id())));

        var html = page(sanne, "");
        var days = html.select("section.ep-log-day");

        assertThat(days).hasSizeGreaterThanOrEqualTo(2);
        assertThat(days.first().selectFirst("h2").text()).isEqualTo(DUTCH.day(Instant.now()));
        var night = days.last();
        assertThat(night.selectFirst("h2").text()).isEqualTo(DUTCH.day(lateLastNight));
        assertThat(DUTCH.dutchDate(lateLastNight))
                .isEqualTo(LocalDate.ofInstant(lateLastNight, ZoneOffset.UTC).plusDays(1));
        assertThat(night.text())
                .contains(DUTCH.time(lateLastNight))
                .contains("Piet Prof, " + provider.name())
                .contains("Heeft het plan bekeken")
                .contains("Waarom dit mocht: als lid van het team");
        assertThat(html.text()).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\d|T\\d\\d:\\d\\d|\\d\\dZ|\\+00:00");
    }

    @Test
    @DisplayName("X-1, C-5: each line says who did what and on which basis, sharing without consent with its aim")
    void whoWhatAndBasis() throws Exception {
        transactions.executeWithoutResult(
                s -> audit.record(new AuditEvent(piet.id(), null, "PLAN_READ", "plan", null, household, null)
                        .about(member("Sanne").id())
                        .on(AccessBasis.override(overrideId))));
        transactions.executeWithoutResult(s -> audit.record(
                new AuditEvent(hanna.id(), null, "CASES_SEARCHED_SOMEHOW", "household", null, household, null)
                        .on(AccessBasis.participation(participant("Hanna").id()))));

        var entries = page(sanne, "").select("li.ep-log__entry");

        assertThat(entries.first().text())
                .contains("Hanna Hulp, " + provider.name())
                .contains("Heeft iets veranderd aan de gegevens van het gezin")
                .contains("als lid van het team");
        assertThat(entries.get(1).text())
                .contains("Piet Prof, " + provider.name())
                .contains("Heeft het plan bekeken. Over Sanne")
                .contains(
                        "Waarom dit mocht: zonder toestemming, omdat de professional dit nodig vond: " + OVERRIDE_AIM);
        assertThat(entries.eachText())
                .anySatisfy(t -> assertThat(t).contains("Heeft een Ronde Tafel gepland"))
                .anySatisfy(t -> assertThat(t).contains("met uw toestemming"))
                .noneSatisfy(t -> assertThat(t).contains("Heeft gegevens van het gezin gebruikt"));
    }

    @Test
    @DisplayName("X-1, E-2: staff outside the team are named with their organisation, and why they could look")
    void staffOutsideTheTeam() throws Exception {
        var manager = staff("Mara Manager");
        transactions.executeWithoutResult(s ->
                audit.record(new AuditEvent(manager.id(), null, "ESCALATION_READ", "escalation", null, household, null)
                        .on(AccessBasis.escalationStep(UUID.randomUUID()))));

        assertThat(page(sanne, "").select("li.ep-log__entry").first().text())
                .contains("Mara Manager, " + provider.name())
                .contains("Heeft een opschaling bekeken")
                .contains("Waarom dit mocht: omdat een afspraak niet werd nagekomen (opschaling)");
    }

    @Test
    @DisplayName("X-1: the reader's own visits are hidden by default, shown on request, and reading is logged")
    void ownVisitsHiddenByDefault() throws Exception {
        page(sanne, "");
        page(sanne, "");
        var readsBefore = events(sanne).size();

        var hidden = page(sanne, "");
        var shown = page(sanne, "show");

        assertThat(hidden.text())
                .contains("Uw eigen bezoeken staan niet in deze lijst.")
                .doesNotContain("U zelf");
        assertThat(hidden.select("a").eachText()).contains("Ook uw eigen bezoeken tonen");
        assertThat(shown.select("li.ep-log__entry").eachText())
                .anySatisfy(t -> assertThat(t).contains("U zelf").contains("Heeft deze lijst bekeken"));
        // Repeated reads in a row are one line, with how often.
        assertThat(shown.select("li.ep-log__entry").first().text()).contains("3 keer");
        assertThat(events(sanne)).hasSize(readsBefore + 2).last().isEqualTo("ACCESS_LOG_READ");
    }

    @Test
    @DisplayName("X-1: a long log is split over pages, newest first")
    void paginated() throws Exception {
        transactions.executeWithoutResult(s -> {
            for (var i = 0; i < HouseholdAccessLog.PAGE_SIZE; i++) {
                audit.record(new AuditEvent(
                                i % 2 == 0 ? hanna.id() : piet.id(), null, "PLAN_READ", "plan", null, household, null)
                        .on(AccessBasis.participation(participant("Hanna").id())));
            }
        });
        var first = page(sanne, "");
        assertThat(first.select("nav a").eachText()).contains("Oudere regels");
        var second = Jsoup.parse(mvc.perform(get("/households/{h}/access-log", household)
                        .param("page", "1")
                        .with(as(sanne)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(second.select("nav a").eachText()).contains("Nieuwere regels");
        assertThat(second.select("li.ep-log__entry")).isNotEmpty();
    }

    private Document page(AccountPrincipal person, String own) throws Exception {
        var request = get("/households/{h}/access-log", household).with(as(person));
        if (!own.isEmpty()) {
            request = request.param("own", own);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** Writes an entry as the audit log does, at a moment in the past. */
    private void writeAt(Instant moment, AuditEvent event) {
        transactions.executeWithoutResult(
                s -> PendingEntries.record(writer, new EntryWriter.Pending(event, EntryHash.storable(moment))));
    }
}
