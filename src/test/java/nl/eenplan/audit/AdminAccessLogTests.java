package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** administrators export a household's access log and have the chain checked. */
class AdminAccessLogTests extends AuditTest {

    @Test
    @DisplayName(
            "X-1, X-6: an administrator finds a household by name and exports its log as CSV; the export is logged")
    void anAdministratorExportsAHouseholdsLogAsCsv() throws Exception {
        hannaReadsThePlan();
        var admin = administrator();

        mvc.perform(get("/admin/access-log")
                        .param("q", familyName.toLowerCase())
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gezin " + familyName)))
                .andExpect(content().string(containsString("/admin/access-log/" + household + ".csv")));

        var csv = mvc.perform(get("/admin/access-log/{id}.csv", household).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var lines = csv.lines().toList();

        assertThat(lines.getFirst()).endsWith("previous_hash,hash").contains("id,occurred_at,event,account_id");
        assertThat(lines).anyMatch(l -> l.contains(",HOUSEHOLD_REGISTERED,") && l.contains("Hanna Hulp"));
        assertThat(lines).anyMatch(l -> l.contains(",PLAN_READ,") && l.contains(provider.name()));
        var entry = jdbc.sql(
                        "select event, basis, detail from audit_entry where account_id = ? order by id desc limit 1")
                .param(admin.id())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(entry).containsExactly("ACCESS_LOG_EXPORTED", "administrator", "csv");
    }

    @Test
    @DisplayName("X-1, X-6: the JSON export holds every entry of the household, oldest first, with who it was")
    void anAdministratorExportsAHouseholdsLogAsJson() throws Exception {
        hannaReadsThePlan();
        var json = mvc.perform(get("/admin/access-log/{id}.json", household).with(as(administrator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<String>read(json, "$.household")).isEqualTo("Gezin " + familyName);
        assertThat(JsonPath.<List<String>>read(json, "$.entries[*].entry.event"))
                .startsWith("HOUSEHOLD_REGISTERED")
                .contains("PLAN_READ");
        assertThat(JsonPath.<List<String>>read(json, "$.entries[*].person.name"))
                .contains("Hanna Hulp");
    }

    @Test
    @DisplayName("X-1: only administrators export; an unknown household is not found")
    void onlyAdministratorsExport() throws Exception {
        mvc.perform(get("/admin/access-log/{id}.csv", household).with(as(hanna)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/access-log").with(as(sanne))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/access-log/{id}.json", UUID.randomUUID()).with(as(administrator())))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("X-1: an administrator has the hash chain checked on the page; the check is logged")
    void anAdministratorChecksTheChain() throws Exception {
        var admin = administrator();
        mvc.perform(post("/admin/access-log/verify").with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het log is in orde.")))
                .andExpect(content().string(containsString("Code van de laatste verzegeling")));
        assertThat(audit.ofAccount(admin.id(), 1).getFirst().event()).isEqualTo("AUDIT_CHAIN_VERIFIED");
        assertThat(audit.ofAccount(admin.id(), 1).getFirst().detail()).startsWith("audit chain intact: ");
    }

    @Test
    @DisplayName("X-1: the command line check prints the outcome and answers 0 for an intact chain")
    void theCommandLineCheckAnswersZeroForAnIntactChain(@Autowired AuditChain chain) {
        var out = new ByteArrayOutputStream();
        var code = AuditChainCommand.run(
                chain, java.util.Optional.empty(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit chain intact: ");
    }
}
