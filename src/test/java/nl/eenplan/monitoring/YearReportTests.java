package nl.eenplan.monitoring;

import static nl.eenplan.monitoring.MonitoringPageTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import nl.eenplan.testing.EenPlanTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MON-1, MON-2: the yearly evaluation report as PDF: the year's figures against the aims, each chart with
 * a table of the same figures, the trend per month, the comparison with the year before, the findings;
 * small counts suppressed as on the page, and no person's data.
 */
class YearReportTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Evaluations evaluations;

    /** The fixture's figures, once monitoring's read model has caught up with its events. */
    int figuresArrived() {
        var world = fixture.world();
        var year = evaluations.thisYear();
        var scope = new DashboardScope(
                DashboardScope.Kind.MUNICIPALITY,
                world.municipality(),
                world.municipalityName(),
                List.of(world.municipality()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> dashboards.of(scope, YearReport.period(year)).tables().stream()
                        .filter(t -> t.key().equals("written"))
                        .allMatch(t -> t.rows().getLast().cells().getFirst().count() == 10));
        return year;
    }

    String reportText(int year) throws Exception {
        var world = fixture.world();
        var bytes = mvc.perform(get("/monitoring/municipalities/" + world.municipality() + "/evaluations/" + year
                                + "/report.pdf")
                        .with(as(world.contactPoint())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("MON-1, MON-2, PL-8, R-3, PL-10: the report has a cover, every indicator of the year against its aim"
            + " with its table, the trend per month, and the findings")
    void reportHoldsFiguresAimsTrendAndFindings() throws Exception {
        var world = fixture.world();
        var year = figuresArrived();
        var current = evaluations.of(world.contactPoint().id(), world.municipality(), year);
        evaluations.save(
                world.contactPoint().id(),
                world.municipality(),
                year,
                current.version(),
                new Findings(
                        "De regisseurs kennen elkaar beter.",
                        "Meer familiegroepsplannen.",
                        "Het panel vond de plannen duidelijk.",
                        "Elk kwartaal een intervisie."));

        var text = reportText(year);

        assertThat(text)
                .contains("Jaarevaluatie " + year)
                .contains("Gemeente " + world.municipalityName())
                .contains("Gemaakt op")
                .contains("Cijfers over " + year)
                .contains("Het doel van de regio is minstens 50%")
                .contains("Met familiegroepsplan 5 50%")
                .contains("75 tot 80% zelfregie, 15 tot 20% eenvoudig en 5% complex")
                .contains("binnen 5 tot 15 werkdagen")
                .contains("Plan op papier binnen 14 dagen")
                .contains("Plan vastgesteld binnen 6 weken")
                .contains("Escalaties per stap")
                .contains("Aantal gezinnen per regisseur")
                .contains("Per maand")
                .contains(year + "-01")
                .contains(year + "-12")
                .contains("Over " + (year - 1) + " zijn geen cijfers")
                .contains("Wat ging goed De regisseurs kennen elkaar beter.")
                .contains("Ervaringen van gezinnen Het panel vond de plannen duidelijk.")
                .contains("Afspraken voor volgend jaar Elk kwartaal een intervisie.");
        assertThat(text)
                .as("nobody's data: no household, member or professional")
                .doesNotContain("Gezin Cijfer")
                .doesNotContain("Lindelaan")
                .doesNotContain("Hanna Hulp")
                .doesNotContain(world.contactPoint().displayName());
    }

    @Test
    @DisplayName("MON-1: counts under 5 never show in the PDF: '<5' as on the page, and neither the share of one"
            + " nor the part that would give it away")
    void suppressionHoldsInThePdf() throws Exception {
        var year = figuresArrived();

        var text = reportText(year);

        assertThat(text)
                .contains("Een aantal onder de 5 tonen we niet")
                .contains("Zelfregie <5 niet getoond")
                .contains("Casusregie, eenvoudig <5 niet getoond")
                .contains("Casusregie, complex 5 50%")
                .contains("Stap 1: regisseur en professional <5 <5 niet getoond")
                .contains("Binnen 5 tot 15 werkdagen <5 niet getoond")
                .doesNotContain("Zelfregie 0")
                .doesNotContain("Casusregie, eenvoudig 5");
        assertThat(text).containsPattern(year + "-01 <5 <5 <5 <5");
    }
}
