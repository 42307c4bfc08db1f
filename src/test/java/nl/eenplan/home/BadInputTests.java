package nl.eenplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.identity.ApiTokens;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input that never reaches a form: requests the firewall or the servlet container refuse, errors
 * no handler answers, and the login form. Sent over a real connection, as a browser or client would,
 * so that what the container answers is what is checked.
 */
class BadInputTests extends EenPlanTest {

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    /** The status line, headers and body of an answer. */
    record Answer(int status, String head, String body) {}

    @Test
    @DisplayName("A login with an e-mail address of 3 KB is refused before the database is asked")
    void aLongLoginIsRefusedBeforeTheDatabase() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var before = throttleRows();
        var response = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "a".repeat(3000) + "@test.example")
                        .param("password", "een lange zin als wachtwoord"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login");
        assertThat(throttleRows()).isEqualTo(before);
        var nul = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "a\u0000b@test.example")
                        .param("password", "x"))
                .andReturn()
                .getResponse();
        assertThat(nul.getStatus()).isLessThan(500);
        // A NUL in the e-mail field itself: refused as a failed login, and logged without the NUL.
        var nulEmail = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "nul\u0000" + suffix + "@test.example")
                        .param("password", "een lange zin als wachtwoord"))
                .andReturn()
                .getResponse();
        assertThat(nulEmail.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_entry where event = 'LOGIN_FAILED' and subject_id = ?")
                        .param("nul?" + suffix + "@test.example")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("/error asked for directly is an unknown page, not a 500")
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        var answer = send("GET /error HTTP/1.1\r\nAccept: text/html", null);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("lang=\"nl\"");
    }

    @Test
    @DisplayName("An encoded NUL in a page's address is a Dutch 400 page, not the server's own")
    void aNulInAPageAddressIsADutchBadRequest() throws Exception {
        var answer = send("GET /households/%00 HTTP/1.1\r\nAccept: text/html", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("lang=\"nl\"").doesNotContain("Tomcat");
    }

    @Test
    @DisplayName("An encoded NUL in an API address is a 400 problem with a Dutch title")
    void aNulInAnApiAddressIsAProblem() throws Exception {
        var answer = send("GET /api/v1/households/" + UUID.randomUUID() + "/plan/versions/%00 HTTP/1.1", token());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.head()).containsIgnoringCase("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Ongeldig verzoek\"").doesNotContain("Tomcat");
    }

    @Test
    @DisplayName("A method the API does not take is a 405 problem, Dutch by default and English on request")
    void aWrongMethodIsATranslatedProblem() throws Exception {
        var token = token();
        var dutch = send("DELETE /api/v1/households HTTP/1.1", token);
        assertThat(dutch.status()).isEqualTo(405);
        assertThat(dutch.head()).containsIgnoringCase("application/problem+json");
        assertThat(dutch.body()).contains("\"title\":\"Methode niet toegestaan\"");
        var english = send("DELETE /api/v1/households HTTP/1.1\r\nAccept-Language: en", token);
        assertThat(english.body()).contains("\"title\":\"Method not allowed\"");
    }

    @Test
    @DisplayName("A body that is no JSON is a 415 problem whose title and detail are Dutch")
    void aWrongContentTypeIsADutchProblem() throws Exception {
        var answer = send(
                "POST /api/v1/households HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 2", token(), "{}");
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body())
                .contains("\"title\":\"Vorm niet ondersteund\"")
                .contains("Stuur de gegevens als JSON");
    }

    @Test
    @DisplayName("An unknown API address is a 404 problem with a Dutch title")
    void anUnknownApiAddressIsAProblem() throws Exception {
        var answer = send("GET /api/v1/nothing-here HTTP/1.1", token());
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("\"title\":\"Niet gevonden\"");
    }

    private long throttleRows() {
        return jdbc.sql("select count(*) from login_throttle").query(Long.class).single();
    }

    private String token() {
        var account = accounts.createActive(
                uniqueEmail("bad-input"), "Test", AccountKind.STAFF, "een lange zin als wachtwoord");
        return tokens.issue(account.id(), "bad input", ApiScope.READ_WRITE, 7).secret();
    }

    private Answer send(String requestLineAndHeaders, String token) throws IOException {
        return send(requestLineAndHeaders, token, "");
    }

    /** Sends the request as written, byte for byte, so that no client library corrects the address. */
    private Answer send(String requestLineAndHeaders, String token, String body) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            var request = requestLineAndHeaders + "\r\nHost: localhost\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            var text = bytes.toString(StandardCharsets.UTF_8);
            var split = text.indexOf("\r\n\r\n");
            var head = split < 0 ? text : text.substring(0, split);
            var status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, split < 0 ? "" : text.substring(split + 4));
        }
    }
}
