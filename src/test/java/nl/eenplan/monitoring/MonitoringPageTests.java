package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.EenPlanTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * MON-1, MON-2: the dashboard page and its CSV and spreadsheet downloads: for whom, with which figures,
 * each chart with its table, small counts suppressed in every form.
 */
class MonitoringPageTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    static RequestPostProcessor as(AccountPrincipal person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                person,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_STAFF"))));
    }

    String scope() {
        return "municipality:" + fixture.world().municipality();
    }

    @Test
    @DisplayName("MON-1, PL-8: the contact point sees his municipality's charts, each with a table of the same figures")
    void pageShowsChartsWithTables() throws Exception {
        var world = fixture.world();
        var html = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mvc.perform(get("/monitoring")
                                        .param("scope", scope())
                                        .with(as(world.contactPoint())))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8),
                        body -> Jsoup.parse(body)
                                .select("#figure-plans td")
                                .text()
                                .startsWith("10"));
        var page = Jsoup.parse(html);
        assertThat(page.select(".ep-monitoring-figure")).hasSize(10);
        for (var figure : page.select(".ep-monitoring-figure")) {
            assertThat(figure.select("svg[role=img] title").text()).isNotBlank();
            assertThat(figure.select("table caption").text()).isNotBlank();
        }
        assertThat(page.select("#figure-familyGroup tbody tr").first().text()).isEqualTo("Met familiegroepsplan 5 50%");
        assertThat(page.select("#figure-forms tbody tr").first().text()).isEqualTo("Zelfregie <5 niet getoond");
        assertThat(page.select("#scope option"))
                .extracting(o -> o.text())
                .contains("Gemeente " + world.municipalityName());
    }

    @Test
    @DisplayName("MON-1: someone of another municipality, a professional and a bad period get no figures")
    void othersSeeNothing() throws Exception {
        var world = fixture.world();
        mvc.perform(get("/monitoring").param("scope", scope()).with(as(world.otherContactPoint())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/export.csv").param("scope", scope()).with(as(world.otherContactPoint())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/export.xlsx").param("scope", scope()).with(as(world.manager())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring").with(as(world.hanna()))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring").param("scope", "municipality:nonsense").with(as(world.contactPoint())))
                .andExpect(status().isNotFound());
        var html = mvc.perform(get("/monitoring").param("from", "2026-13").with(as(world.contactPoint())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("[role=alert]").text()).contains("Deze periode klopt niet");
        mvc.perform(get("/monitoring/export.csv")
                        .param("from", "2030-01")
                        .param("to", "2020-01")
                        .with(as(world.contactPoint())))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("MON-1, PL-8, R-3: the CSV reads back with the page's figures and '<5' where a count is small")
    void csvReadsBack() throws Exception {
        var world = fixture.world();
        var records = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> csv(world),
                        r -> find(r, "Aantal plannen", "Begonnen").equals("10"));
        assertThat(find(records, "Plannen op basis van een familiegroepsplan", "Met familiegroepsplan"))
                .isEqualTo("5");
        assertThat(records)
                .anyMatch(r ->
                        r.get(1).equals("Met familiegroepsplan") && r.get(3).equals("50.0"));
        assertThat(find(records, "Vorm van de regie", "Zelfregie")).isEqualTo("<5");
        assertThat(records)
                .anyMatch(r -> r.get(1).equals("Zelfregie")
                        && r.get(2).equals("Percentage")
                        && r.get(3).isEmpty());
    }

    @Test
    @DisplayName("MON-1, PL-10: the spreadsheet reads back (POI) with numbers, percentages and '<5'")
    void spreadsheetReadsBack() throws Exception {
        var world = fixture.world();
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> csv(world),
                        r -> find(r, "Aantal plannen", "Begonnen").equals("10"));
        var bytes = mvc.perform(
                        get("/monitoring/export.xlsx").param("scope", scope()).with(as(world.contactPoint())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Cijfers");
            var rows = new ArrayList<Row>();
            sheet.forEach(rows::add);
            var started = rows.stream()
                    .filter(r -> text(r, 0).equals("Begonnen"))
                    .findFirst()
                    .orElseThrow();
            assertThat(started.getCell(1).getNumericCellValue()).isEqualTo(10);
            var inTime = rows.stream()
                    .filter(r -> text(r, 0).equals("Op tijd"))
                    .findFirst()
                    .orElseThrow();
            assertThat(inTime.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(inTime.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            var self = rows.stream()
                    .filter(r -> text(r, 0).equals("Zelfregie"))
                    .findFirst()
                    .orElseThrow();
            assertThat(self.getCell(1).getStringCellValue()).isEqualTo("<5");
        }
    }

    private static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private List<CSVRecord> csv(DashboardFixture.World world) throws Exception {
        var body = mvc.perform(
                        get("/monitoring/export.csv").param("scope", scope()).with(as(world.contactPoint())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(body))
                .getRecords();
    }

    private static String find(List<CSVRecord> records, String table, String row) {
        return records.stream()
                .filter(r -> r.get(0).equals(table) && r.get(1).equals(row))
                .findFirst()
                .map(r -> r.get(3))
                .orElse("");
    }
}
