package nl.eenplan.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
 * The edges the outside-in driver (bench/outside/hostile_edges.py) found answered with a 500: a query
 * the container cannot decode, a body sent as multipart, a Content-Type with a wildcard. Sent over a
 * real connection, byte for byte, so that what the container makes of them is what is checked.
 */
class HostileEdgeTests extends EenPlanTest {

    private static final String HOUSEHOLD =
            "{\"name\":\"Gezin Rand\",\"municipalityId\":\"00000000-0000-4000-8000-000000000001\",\"members\":[]}";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    /** The status line, headers and body of an answer. */
    record Answer(int status, String head, String body) {}

    @Test
    @DisplayName("X-1: a query the container cannot decode (?page=%zz) is a Dutch 400 problem in the API, not a 500")
    void anUndecodableQueryIsABadRequest() throws Exception {
        var token = token();
        for (var query : new String[] {"page=%zz", "size=%", "after=%C0", "municipality=%zz&from=0000-00-00"}) {
            var path = query.startsWith("after") ? "/api/v1/events" : "/api/v1/cases";
            path = query.startsWith("municipality") ? "/api/v1/monitoring/dashboard" : path;
            var answer = send("GET " + path + "?" + query + " HTTP/1.1", token, "");
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.head()).containsIgnoringCase("application/problem+json");
            assertThat(answer.body()).contains("\"title\":\"Ongeldig verzoek\"").doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("X-1: a body sent as multipart is a 415 problem and nothing is stored; a page form so sent is no 500")
    void aMultipartBodyIsRefused() throws Exception {
        var before = households();
        var answer = send(
                "POST /api/v1/households HTTP/1.1\r\nContent-Type: multipart/form-data\r\nContent-Length: "
                        + HOUSEHOLD.length(),
                token(),
                HOUSEHOLD);
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body())
                .contains("\"title\":\"Vorm niet ondersteund\"")
                .doesNotContain("Exception");
        var bounded = send(
                "POST /api/v1/households HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                        + HOUSEHOLD.length(),
                token(),
                HOUSEHOLD);
        assertThat(bounded.status()).isEqualTo(415);
        var page = send(
                "POST /login HTTP/1.1\r\nAccept: text/html\r\nContent-Type: multipart/form-data\r\nContent-Length: 7",
                null,
                "email=x");
        assertThat(page.status()).isBetween(300, 499);
        assertThat(page.body()).doesNotContain("Exception");
        assertThat(households()).isEqualTo(before);
    }

    @Test
    @DisplayName("X-1: a wildcard Content-Type is read as none: a body is refused (415), a read answers, never a 500")
    void aWildcardContentTypeIsReadAsNone() throws Exception {
        var token = token();
        var before = households();
        for (var type : new String[] {"*/*", "application/*"}) {
            var write = send(
                    "POST /api/v1/households HTTP/1.1\r\nContent-Type: " + type + "\r\nContent-Length: "
                            + HOUSEHOLD.length(),
                    token,
                    HOUSEHOLD);
            assertThat(write.status()).as(type).isEqualTo(415);
            assertThat(write.body()).contains("\"title\":\"Vorm niet ondersteund\"");
            assertThat(send("GET /api/v1/me HTTP/1.1\r\nContent-Type: " + type, token, "")
                            .status())
                    .isEqualTo(200);
            assertThat(send("GET /actuator/health HTTP/1.1\r\nContent-Type: " + type, null, "")
                            .status())
                    .isEqualTo(200);
            var unknown = send("GET /api/v1/nothing-here HTTP/1.1\r\nContent-Type: " + type, token, "");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body()).contains("\"title\":\"Niet gevonden\"");
        }
        assertThat(households()).isEqualTo(before);
    }

    private long households() {
        return jdbc.sql("select count(*) from household").query(Long.class).single();
    }

    private String token() {
        var account = accounts.createActive(
                uniqueEmail("hostile-edge"), "Test", AccountKind.STAFF, "een lange zin als wachtwoord");
        return tokens.issue(account.id(), "hostile edge", ApiScope.READ_WRITE, 7)
                .secret();
    }

    /** Sends the request as written, byte for byte, so that no client library corrects it. */
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
