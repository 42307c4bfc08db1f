package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.plan.lifearea.LifeArea;
import nl.eenplan.plan.lifearea.LifeAreaNote;
import nl.eenplan.plan.lifearea.LifeAreas;
import nl.eenplan.plan.lifearea.MatrixDomain;
import nl.eenplan.plan.lifearea.NewAssessment;
import nl.eenplan.testing.ConsentFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** PL-4, PL-9, C-2: tab 4 frozen into versions, shown, printed with its chart, and kept within consent. */
class LifeAreaVersionTests extends PlanPageTest {

    @Autowired
    ConsentFixtures consents;

    @Autowired
    LifeAreas lifeAreas;

    @BeforeEach
    void twoVersions() {
        consents.share(household, Set.of(InformationCategory.PLAN, InformationCategory.ASSESSMENTS), hanna.id());
        hannaCoordinates();
        action(goal("Schulden op een rij"), "Afspraak bij de schuldhulp");
        lifeAreas.update(
                household,
                viewer(hanna),
                version(),
                new LifeAreaNote(LifeArea.INCOME, "Kasboek", "Achterstand energie", true, "Valt mee", "Zorgelijk"));
        establish();
        assess(today().minusDays(14), 2);
        assess(today(), 4);
        establish();
    }

    @Test
    @DisplayName("PL-4, PL-9: a version holds the life areas and the assessments, with the chart on its page")
    void versionPage() throws Exception {
        var page = body(plan() + "/versions/2", hanna);
        assertThat(page)
                .contains("Achterstand energie", "Zorgelijk", "Zelfredzaamheid van Sanne", "role=\"img\"")
                .contains("Financiën", "ep-radar__series", "niet beoordeeld");
        assertThat(body(plan() + "/versions/1", hanna)).doesNotContain("Zelfredzaamheid van Sanne");
    }

    @Test
    @DisplayName("PL-4, PL-9: the PDF copy holds the figures as a table and draws the chart")
    void pdfHoldsTheChart() throws Exception {
        var withChart = pdf(2);
        var without = pdf(1);
        assertThat(withChart.text()).contains("Zelfredzaamheid van Sanne", "Financiën", "niet beoordeeld", "Onderdeel");
        assertThat(withChart.lines() - without.lines())
                .as("the chart's rings, axes and lines are drawn")
                .isGreaterThan(13 * 5);
    }

    @Test
    @DisplayName("C-2: a professional without consent for assessments sees nothing of tab 4 in a version")
    void versionWithinConsent() throws Exception {
        var other = staff("Piet Pro");
        team.add(
                household,
                new nl.eenplan.participation.NewParticipant(
                        nl.eenplan.participation.ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        other.displayName(),
                        "schuldhulp",
                        Set.of(),
                        null,
                        other.email(),
                        true,
                        false,
                        false,
                        null),
                other.id());
        shareWholePlanWith(household, other.id());
        assertThat(body(plan() + "/versions/2", other))
                .contains("Schulden op een rij")
                .doesNotContain("Zelfredzaamheid van Sanne", "Achterstand energie", "role=\"img\"");
    }

    private void assess(java.time.LocalDate on, int finances) {
        lifeAreas.assess(
                household,
                viewer(hanna),
                version(),
                new NewAssessment(
                        mother().memberId(),
                        on,
                        "Hanna Hulp",
                        Map.of(MatrixDomain.FINANCES, finances, MatrixDomain.HOUSING, 3),
                        "Samen ingevuld"));
    }

    private String body(String path, nl.eenplan.identity.AccountPrincipal who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(who)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    record Pdf(String text, int lines) {}

    /** The straight lines drawn in a content stream and the forms it draws (Batik draws SVG as forms). */
    private static int lines(
            org.apache.pdfbox.contentstream.PDContentStream stream, org.apache.pdfbox.pdmodel.PDResources resources)
            throws java.io.IOException {
        var lines = 0;
        for (var token : new PDFStreamParser(stream).parse()) {
            if (token instanceof Operator op && op.getName().equals("l")) {
                lines++;
            }
        }
        if (resources != null) {
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                    lines += lines(form, form.getResources());
                }
            }
        }
        return lines;
    }

    private Pdf pdf(int number) throws Exception {
        var bytes = mvc.perform(MockMvcRequestBuilders.get(plan() + "/versions/" + number + ".pdf")
                        .with(as(hanna)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var pdf = Loader.loadPDF(bytes)) {
            var lines = 0;
            for (var page : pdf.getPages()) {
                lines += lines(page, page.getResources());
            }
            return new Pdf(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "), lines);
        }
    }
}
