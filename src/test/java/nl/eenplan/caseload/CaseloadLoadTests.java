package nl.eenplan.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.household.NewMember;
import nl.eenplan.testing.StatementCounter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of "Mijn gezinnen" is read with a fixed number of statements, however many households are found:
 * one query for the rows with all their facts, a few to decide the person's scope, and the access log.
 */
class CaseloadLoadTests extends CaseloadTest {

    @Autowired
    StatementCounter statements;

    @Test
    @DisplayName("X-1: a page of 20 households costs as many statements as a page of 2")
    void aPageCostsAFixedNumberOfStatements() throws Exception {
        var few = statements.during(() -> caseload.find(anna, text(suffix)));
        for (int i = 0; i < 28; i++) {
            households.register(
                    "Gezin Extra " + i + " " + suffix,
                    gouda.id(),
                    "Laan " + i,
                    "2803 EF",
                    "Gouda",
                    List.of(NewMember.born(
                            "Kim", "Extra" + i, LocalDate.of(1990, 1, 1).plusDays(i), "moeder")));
        }
        var many = statements.during(() -> {
            var page = caseload.find(anna, text(suffix));
            assertThat(page.rows()).hasSize(CaseQuery.PAGE_SIZE);
            assertThat(page.total()).isEqualTo(30);
            assertThat(page.pages()).isEqualTo(2);
        });
        var second = statements.during(() ->
                assertThat(caseload.find(anna, text(suffix).onPage(2)).rows()).hasSize(10));

        // X-1 writes one entry for the search and one per household shown; everything else is fixed.
        assertThat(reads(many)).hasSameSizeAs(reads(few)).hasSameSizeAs(reads(second));
        // Nine at most: one of them asks in which teams the person is a professional, whose consent
        // decides whether a text or a date of birth may find the household (C-1, CaseScopes).
        assertThat(reads(many).size()).as("reads for a page of 20: %s", many).isLessThanOrEqualTo(9);
        assertThat(many.size() - reads(many).size()).isEqualTo(1 + CaseQuery.PAGE_SIZE);
        assertThat(few.size() - reads(few).size()).isEqualTo(1 + 2);

        // The link to the next page keeps the search and its filters.
        var body = mvc.perform(get("/cases")
                        .param("q", suffix)
                        .param("plan", "NONE")
                        .param("filter", "CONSENT")
                        .with(as(anna)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Geen gezinnen gevonden").doesNotContain("page=2");
        body = mvc.perform(
                        get("/cases").param("q", suffix).param("plan", "NONE").with(as(anna)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("29 gezinnen gevonden", "plan=NONE", "page=2");
    }

    private static List<String> reads(List<String> statements) {
        return statements.stream()
                .filter(s -> !s.startsWith("insert into audit_entry"))
                .toList();
    }
}
