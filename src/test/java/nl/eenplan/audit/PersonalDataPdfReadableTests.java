package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.eenplan.calendar.DutchMoments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * the personal-data PDF reads as a document in B1 Dutch, not as a dump of the JSON copy. For
 * this household of four (plan with two versions, consents, a round table, sharing without consent) it
 * had 102 mostly blank pages before; now it has a handful.
 */
class PersonalDataPdfReadableTests extends ReadableHouseholdTest {

    static final Pattern ISO_STAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d|T\\d\\d:\\d\\d|\\d\\d:\\d\\d(:\\d\\d)?Z|[+-]00:00");
    private static final Pattern CODE_VALUE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");
    private static final int PAGES_BEFORE = 102;

    @Test
    @DisplayName("X-6, X-2: the PDF of a household of four has no raw codes, no ISO or UTC stamps and no blank pages")
    void aFewReadablePages() throws Exception {
        var json = new String(download(sanne, "Sanne", "json"), StandardCharsets.UTF_8);
        var codes = new TreeSet<String>();
        CODE_VALUE.matcher(json).results().forEach(m -> codes.add(m.group(1)));
        assertThat(codes).as("the copy holds codes to translate").contains("WRITTEN", "ESTABLISHED", "PROFESSIONAL");

        try (var document = Loader.loadPDF(pdf(sanne, "Sanne"))) {
            var pages = document.getNumberOfPages();
            var text = new PDFTextStripper().getText(document);

            assertThat(pages).as("pages, %d before", PAGES_BEFORE).isLessThanOrEqualTo(10);
            for (var page = 1; page <= pages; page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // The last page holds what flows over from the one before, and may be short, never empty.
                assertThat(stripper.getText(document)
                                .replaceAll("\\d+ / \\d+", "")
                                .strip())
                        .as("page %d is not blank", page)
                        .hasSizeGreaterThan(page < pages ? 200 : 20);
            }
            for (var code : codes) {
                assertThat(text).as("raw code").doesNotContainPattern("\\b" + code + "\\b");
            }
            assertThat(ISO_STAMP.matcher(text).find())
                    .as("ISO or UTC stamp in: " + text)
                    .isFalse();
            assertThat(text.replaceAll("\\s+", " "))
                    .contains(
                            "Wat staat in dit overzicht?",
                            "Toestemming 1: Samen werken aan het plan",
                            "Hoe gegeven op papier of digitaal ondertekend",
                            "Doel 1: Schulden op orde",
                            "Stand vastgesteld",
                            "Soort hulpverlener",
                            "Wat de professional wilde bereiken met delen " + OVERRIDE_AIM);
            System.out.printf("Personal-data PDF of Sanne: %d pages (%d before)%n", pages, PAGES_BEFORE);
        }
    }

    @Test
    @DisplayName("X-6, X-4: moments in the PDF are in Dutch time, in EenPlan's one format; the JSON keeps ISO")
    void dutchTimeInThePdfIsoInTheJson() throws Exception {
        var json = new String(download(sanne, "Sanne", "json"), StandardCharsets.UTF_8);
        var recorded = JsonPath.<List<String>>read(json, "$.sections.consent.consents[*].recordedAt");
        assertThat(recorded).allMatch(s -> s.matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertThat(json).contains("\"WRITTEN\"");

        try (var document = Loader.loadPDF(pdf(sanne, "Sanne"))) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            var dutch = DutchMoments.in(Locale.forLanguageTag("nl")).dateTime(Instant.parse(recorded.getFirst()));
            assertThat(text).contains("Opgeschreven op " + dutch);
        }
    }

    @Test
    @DisplayName("X-1, X-6: the PDF says who used the data, with organisation and basis, from the access log")
    void whoUsedTheData() throws Exception {
        try (var document = Loader.loadPDF(pdf(sanne, "Sanne"))) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Wie deze gegevens heeft gebruikt")
                    .contains("Piet Prof, " + provider.name() + " met uw toestemming")
                    .contains("Hanna Hulp, " + provider.name());
        }
    }
}
