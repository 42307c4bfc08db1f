package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Set;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PL-9, H-3: the PDF copy of a version, and sending a version round by e-mail. */
class PlanCopiesTests extends PlanPageTest {

    @BeforeEach
    void anEstablishedPlan() {
        hannaCoordinates();
        action(goal("Sara gaat elke dag naar school"), "Wekker en ontbijtplan maken");
        action(goal("Schulden op een rij"), "Afspraak bij de schuldhulp");
        establish();
    }

    @Test
    @DisplayName("PL-9: the PDF copy holds the goals and actions; its file name holds no personal data")
    void thePdfHoldsTheGoals() throws Exception {
        var response = mvc.perform(get(plan() + "/versions/1.pdf").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"plan-versie-1.pdf\""))
                .andReturn()
                .getResponse();

        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Sara gaat elke dag naar school")
                    .contains("Schulden op een rij")
                    .contains("Wekker en ontbijtplan maken")
                    .contains("Hanna Hulp heeft de regie.")
                    .contains("Versie 1, vastgesteld op");
        }
        assertThat(auditEvents(hanna)).contains("PLAN_PDF_DOWNLOADED");
    }

    @Test
    @DisplayName("PL-9: version pages link to the PDF copy")
    void versionPagesLinkToThePdf() throws Exception {
        mvc.perform(get(plan() + "/versions/1").with(as(hanna)))
                .andExpect(content().string(containsString("Download als PDF")))
                .andExpect(content().string(containsString(plan() + "/versions/1.pdf")));
    }

    @Test
    @DisplayName("H-3, C-7: a version goes round only to who receives a copy, as a link without personal data")
    void sendingRoundMailsOnlyCopyRecipientsALinkWithoutNames() throws Exception {
        var doctor = uniqueEmail("huisarts");
        copyRecipient("Dokter Dijk", doctor, null);
        var neighbour = uniqueEmail("buurman");
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        "Buurman Bas",
                        "buurman",
                        Set.of(),
                        null,
                        neighbour,
                        true,
                        false,
                        false,
                        null),
                null);

        var sent = mvc.perform(post(plan() + "/versions/1/send").with(as(hanna)).with(csrf()))
                .andExpect(redirectedUrl(plan() + "/versions/1"))
                .andReturn();
        mvc.perform(get(plan() + "/versions/1")
                        .with(as(hanna))
                        .cookie(sent.getResponse().getCookie("JSESSIONID")))
                .andExpect(content().string(containsString("De versie is verstuurd aan 2 betrokkenen.")));

        for (var recipient : new String[] {doctor, hanna.email()}) {
            var mail = awaitMailTo(recipient);
            var body = (String) mail.getContent();
            assertThat(mail.getSubject()).isEqualTo("Nieuwe versie van een plan in EenPlan");
            assertThat(linkIn(body)).isEqualTo(baseUrl() + plan() + "/versions/1");
            assertThat(mail.getSubject() + body)
                    .doesNotContain(familyName)
                    .doesNotContain("Sanne")
                    .doesNotContain("Hanna")
                    .doesNotContain("Dijk")
                    .doesNotContain("Sara gaat")
                    .doesNotContain("Schulden");
        }
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(neighbour);
                    } catch (Exception e) {
                        return false;
                    }
                }))
                .isEmpty();
        var copies = jdbc.sql(
                        "select count(*) from plan_copy c join plan p on p.id = c.plan_id where p.household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
        assertThat(copies).isEqualTo(2);
        assertThat(auditEvents(hanna)).contains("PLAN_SENT_ROUND");
    }
}
