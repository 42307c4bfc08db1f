package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.NewAction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** a household member downloads all data about himself, or about a child under 16 he has authority over. */
class PersonalDataCopyTests extends AuditTest {

    @Test
    @DisplayName("X-6: the JSON copy holds the member, the team and the whole plan, and the download is logged")
    void theMotherDownloadsHerDataAsJson() throws Exception {
        var viewer = access.viewer(household, hanna);
        var goal = planEditing.addGoal(household, viewer, planVersion(), "Sara gaat elke dag naar school");
        var start = LocalDate.of(2026, 12, 1);
        planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(
                        "Wekker en ontbijtplan maken",
                        Set.of(participant("Sanne").id()),
                        start,
                        start.plusWeeks(4),
                        start.plusWeeks(6)));
        var sanneId = member("Sanne").id();

        var json = mvc.perform(get("/households/{h}/personal-data/{m}.json", household, sanneId)
                        .with(as(sanne)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"persoonsgegevens.json\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(JsonPath.<String>read(json, "$.format")).isEqualTo("eenplan-personal-data/1");
        assertThat(JsonPath.<String>read(json, "$.member")).isEqualTo("Sanne " + familyName);
        assertThat(JsonPath.<String>read(json, "$.sections.household.member.dateOfBirth"))
                .isEqualTo("1988-04-02");
        assertThat(JsonPath.<List<String>>read(json, "$.sections.household.parentalAuthorityOver"))
                .containsExactlyInAnyOrder("Sara " + familyName, "Daan " + familyName);
        assertThat(JsonPath.<List<String>>read(json, "$.sections.participation.participations[*].relation"))
                .containsExactly("moeder");
        assertThat(JsonPath.<List<String>>read(json, "$.sections.participation.team[*].name"))
                .contains("Hanna Hulp");
        assertThat(JsonPath.<String>read(json, "$.sections.plan.plans[0].goals[0].actions[0].what"))
                .isEqualTo("Wekker en ontbijtplan maken");
        assertThat(JsonPath.<Boolean>read(json, "$.sections.plan.plans[0].goals[0].actions[0].youTakePart"))
                .isTrue();

        var entry = lastEntryOf(sanne);
        assertThat(entry.event()).isEqualTo("PERSONAL_DATA_COPIED");
        assertThat(entry.householdId()).isEqualTo(household);
        assertThat(entry.memberId()).isEqualTo(sanneId);
        assertThat(entry.basis()).isEqualTo("self");
        assertThat(entry.detail()).isEqualTo("json");
    }

    @Test
    @DisplayName("X-6: the PDF copy holds the same data with readable labels")
    void theMotherDownloadsHerDataAsPdf() throws Exception {
        var response = mvc.perform(get(
                                "/households/{h}/personal-data/{m}.pdf",
                                household,
                                member("Sanne").id())
                        .with(as(sanne)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse();

        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            // The page numbers ("3 / 28") may fall between a label and its value.
            var text =
                    new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replaceAll(" \\d+ / \\d+ ", " ");
            assertThat(text)
                    .contains("Gegevens van Sanne " + familyName + " in EenPlan")
                    .contains("Geboortedatum 2 april 1988")
                    .contains("Het team rond het gezin")
                    .contains("Hanna Hulp");
        }
        assertThat(lastEntryOf(sanne).detail()).isEqualTo("pdf");
    }

    @Test
    @DisplayName("X-6, C-1: a parent with authority downloads the data of a child under 16, not of a youth of 17")
    void parentalAuthorityReachesChildrenUnderSixteen() throws Exception {
        var sara = member("Sara").id();
        mvc.perform(get("/households/{h}/personal-data/{m}.json", household, sara)
                        .with(as(sanne)))
                .andExpect(status().isOk());
        var entry = lastEntryOf(sanne);
        assertThat(entry.memberId()).isEqualTo(sara);
        assertThat(entry.basis())
                .isEqualTo("parental_authority:" + member("Sanne").id());

        mvc.perform(get(
                                "/households/{h}/personal-data/{m}.json",
                                household,
                                member("Daan").id())
                        .with(as(sanne)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/{h}/personal-data/{m}.json", household, sara)
                        .with(as(karim)))
                .andExpect(status().isNotFound());
        mvc.perform(get(
                                "/households/{h}/personal-data/{m}.pdf",
                                household,
                                member("Sanne").id())
                        .with(as(hanna)))
                .andExpect(status().isNotFound());
        mvc.perform(get(
                                "/households/{h}/personal-data/{m}.json",
                                UUID.randomUUID(),
                                member("Sanne").id())
                        .with(as(sanne)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("X-6: the log page offers the member's own copy and those of the children he represents")
    void theLogPageLinksTheDownloads() throws Exception {
        var html = mvc.perform(get("/households/{id}/access-log", household).with(as(sanne)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var base = "/households/" + household + "/personal-data/";

        assertThat(html)
                .contains(base + member("Sanne").id() + ".pdf")
                .contains(base + member("Sanne").id() + ".json")
                .contains(base + member("Sara").id() + ".pdf")
                .contains("Gegevens van Sara " + familyName + " als PDF")
                .doesNotContain(base + member("Daan").id());
    }

    private AuditEntry lastEntryOf(AccountPrincipal person) {
        return jdbc.sql("select * from audit_entry where account_id = ? order by id desc limit 1")
                .param(person.id())
                .query((rs, n) -> AuditChain.entry(rs))
                .single();
    }

    private int planVersion() {
        return jdbc.sql("select version from plan where household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }
}
