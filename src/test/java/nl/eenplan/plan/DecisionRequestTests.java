package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.eenplan.plan.provision.ProvisionStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PL-3: the decision request from tabs 1-3, as a JW315-shaped document and as a PDF. */
class DecisionRequestTests extends ProvisionTest {

    @Test
    @DisplayName("PL-3: the request holds the provisions still asked for, one JW315 message per member and provider")
    void theRequestFollowsJw315() {
        hannaCoordinates();
        provisions.add(household, viewer(hanna), version(), youthCareForTim());
        var withdrawn = provisions.add(household, viewer(hanna), version(), householdHelpForSanne());
        provisions.withdraw(household, viewer(hanna), version(), withdrawn);

        var request = decisionRequests.json(household, viewer(hanna));

        assertThat(request.documentSoort()).isEqualTo("VerzoekOmToewijzing");
        assertThat(request.plan().regisseur()).isEqualTo("Hanna Hulp");
        assertThat(request.plan().doelen())
                .extracting(d -> d.titel())
                .containsExactly("Tim gaat weer graag naar school");
        assertThat(request.berichten()).singleElement().satisfies(b -> {
            assertThat(b.bericht()).isEqualTo("JW315");
            assertThat(b.berichtCode()).isEqualTo(446);
            assertThat(b.header().ontvanger()).isNull();
            assertThat(b.header().ontvangerNaam()).startsWith("Gemeente ");
            assertThat(b.header().afzenderNaam()).isEqualTo("Jeugdzorg Midden");
            assertThat(b.client().bsn()).isNull();
            assertThat(b.client().naam().voornamen()).isEqualTo("Tim");
            assertThat(b.relaties()).extracting(r -> r.soort()).containsExactly("10");
            assertThat(b.aangevraagdProducten()).singleElement().satisfies(p -> {
                assertThat(p.product().categorie()).isEqualTo("45");
                assertThat(p.product().code()).isNull();
                assertThat(p.omvang().volume()).isEqualTo(4);
                assertThat(p.omvang().eenheid()).isEqualTo("04");
                assertThat(p.omvang().frequentie()).isEqualTo("2");
                assertThat(p.toewijzingIngangsdatum()).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
                assertThat(p.verwijzer().type()).isEqualTo("01");
            });
        });
        assertThat(request.toelichting()).anyMatch(t -> t.contains("burgerservicenummer"));
        assertThat(auditEvents(hanna)).contains("PLAN_DECISION_REQUEST_DOWNLOADED");
        assertThat(provisions.one(household, viewer(hanna), withdrawn).status()).isEqualTo(ProvisionStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("PL-3: the PDF tells the household in plain words what is asked, for whom, why and how much")
    void thePdfIsReadable() throws Exception {
        hannaCoordinates();
        provisions.add(household, viewer(hanna), version(), youthCareForTim());

        var bytes = decisionRequests.pdf(household, viewer(hanna), Locale.forLanguageTag("nl"));

        try (var pdf = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Aanvraag voor een beschikking")
                    .contains("Ambulante jeugdhulp (hulp thuis of bij de aanbieder) voor Tim " + familyName)
                    .contains("4 uur per week")
                    .contains("Tim heeft hulp nodig bij angst.")
                    .contains("Hanna Hulp heeft de regie.")
                    .contains("burgerservicenummer");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    @DisplayName("PL-3, X-5: a network member gets no decision request: tab 3 is not his to see")
    void aNetworkMemberGetsNone() {
        var oma = citizen("Oma Jansen");
        networkMember(oma);
        assertThatThrownBy(() -> decisionRequests.json(household, viewer(oma))).isInstanceOf(PlanNotFound.class);
        assertThatThrownBy(() -> provisions.read(household, viewer(oma))).isInstanceOf(PlanNotFound.class);
    }
}
