package nl.eenplan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outbox lists each mail's attachments, and an administrator downloads them as files. */
class OutboxAttachmentTests extends EenPlanTest {

    private static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

    @Autowired
    Mailer mailer;

    @Autowired
    AccountDirectory accounts;

    @Test
    void theOutboxAndTheMailShowTheAttachments() throws Exception {
        var recipient = uniqueEmail("bijlage");
        var id = mailer.send(new OutgoingMail(
                recipient,
                "Uitnodiging: Ronde Tafel",
                "Tekst",
                List.of(Attachment.calendar("ronde-tafel.ics", ICS, "REQUEST"))));
        var download = "/admin/outbox/" + id + "/attachments/0";

        var outbox = page("/admin/outbox");
        assertThat(outbox).contains("Bijlagen", download, "ronde-tafel.ics", "text/calendar; method=REQUEST");

        var mail = page("/admin/outbox/" + id);
        assertThat(mail)
                .contains("Bijlagen bij deze e-mail", download, "ronde-tafel.ics downloaden")
                .contains(ICS.length() + " bytes");
    }

    @Test
    void aMailWithoutAttachmentsSaysSo() throws Exception {
        var id = mailer.send(new OutgoingMail(uniqueEmail("zonder"), "Welkom", "Tekst"));

        assertThat(page("/admin/outbox/" + id)).contains("Geen bijlagen").doesNotContain("/attachments/");
    }

    @Test
    void anAdministratorDownloadsAnAttachmentAsAFile() throws Exception {
        var id = mailer.send(new OutgoingMail(
                uniqueEmail("bijlage"),
                "Uitnodiging",
                "Tekst",
                List.of(Attachment.calendar("ronde-tafel.ics", ICS, "REQUEST"))));

        var response = mvc.perform(get("/admin/outbox/{id}/attachments/0", id).with(as(AccountKind.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", startsWith("attachment; filename=\"ronde-tafel.ics\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ICS);
    }

    @Test
    void anAttachmentOfAnUnknownTypeIsServedAsPlainBytes() throws Exception {
        var id = mailer.send(new OutgoingMail(
                uniqueEmail("html"),
                "Onderwerp",
                "Tekst",
                List.of(new Attachment(
                        "pagina.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))));

        mvc.perform(get("/admin/outbox/{id}/attachments/0", id).with(as(AccountKind.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/octet-stream"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"pagina.html\"")));
    }

    @Test
    void onlyAdministratorsDownloadAndAnUnknownAttachmentIsNotFound() throws Exception {
        var id = mailer.send(new OutgoingMail(
                uniqueEmail("bijlage"),
                "Uitnodiging",
                "Tekst",
                List.of(Attachment.calendar("ronde-tafel.ics", ICS, "REQUEST"))));

        mvc.perform(get("/admin/outbox/{id}/attachments/0", id).with(as(AccountKind.STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/{id}/attachments/1", id).with(as(AccountKind.ADMINISTRATOR)))
                .andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(AccountKind.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(AccountKind kind) {
        var account = accounts.createActive(uniqueEmail("outbox"), "Test", kind, "een lange zin als wachtwoord");
        var principal = new AccountPrincipal(account.id(), account.email(), account.displayName(), kind);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_" + kind.name()))));
    }
}
