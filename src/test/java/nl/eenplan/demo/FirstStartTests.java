package nl.eenplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.notification.Mailer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** EenPlan as a new user starts it: on its own embedded PostgreSQL, with its data kept in a folder. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

    @TempDir
    Path data;

    @Test
    void theDemoIsCreatedOnceWithWorkingPasswordsAndARestartLosesNothing(CapturedOutput output) throws Exception {
        try (var app = start("--eenplan.demo=true")) {
            assertThat(accounts(app))
                    .hasSize(9)
                    .extracting(AccountSummary::kind)
                    .contains(AccountKind.ADMINISTRATOR);
            var matcher = Pattern.compile("fatima@gezin\\.example\\s+(\\S+)").matcher(output.getOut());
            assertThat(matcher.find()).as("the demo logins are printed").isTrue();
            assertThat(output.getOut())
                    .as("what to try is printed under the logins")
                    .contains("Cijfers van Voorbeeldstad")
                    .contains("Veiligheidsplan");
            assertThat(logIn(app, "fatima@gezin.example", matcher.group(1))).isEqualTo("/");
            assertThat(logIn(app, "fatima@gezin.example", "geraden wachtwoord")).contains("error");
        }

        try (var app = start("--eenplan.demo=true")) {
            assertThat(accounts(app)).hasSize(9);
        }
        assertThat(output.getOut().split("EenPlan demo: logins", -1)).hasSize(2);
    }

    @Test
    void withoutTheDemoTheFirstAdministratorIsInvitedOnce(CapturedOutput output) {
        try (var app = start("--eenplan.demo=false", "--eenplan.first-administrator=beheer@gemeente.example")) {
            assertThat(accounts(app)).singleElement().satisfies(admin -> {
                assertThat(admin.kind()).isEqualTo(AccountKind.ADMINISTRATOR);
                assertThat(admin.active()).isFalse();
            });
            assertThat(output.getOut()).contains("/invitation/");
            assertThat(app.getBean(Mailer.class).outbox(10))
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.recipient()).isEqualTo("beheer@gemeente.example"));
        }
        try (var app = start("--eenplan.demo=false", "--eenplan.first-administrator=ander@gemeente.example")) {
            assertThat(accounts(app)).hasSize(1);
        }
    }

    @Test
    void withoutABaseUrlLinksInMailFollowThePortEenPlanListensOn() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (var app = startOn(
                String.valueOf(port),
                "--eenplan.demo=false",
                "--eenplan.first-administrator=beheer@gemeente.example")) {
            assertThat(app.getBean(Mailer.class).outbox(10))
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.body()).contains("http://localhost:" + port + "/invitation/"));
        }
    }

    private ConfigurableApplicationContext start(String... args) {
        return startOn("0", args);
    }

    private ConfigurableApplicationContext startOn(String port, String... args) {
        return new SpringApplicationBuilder(EenPlanApplication.class)
                .run(concat(
                        args,
                        "--server.port=" + port,
                        "--eenplan.embedded-db.data-dir=" + data.resolve("postgres"),
                        "--logging.structured.format.console=",
                        "--spring.mail.host="));
    }

    private static String[] concat(String[] first, String... second) {
        var all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static List<AccountSummary> accounts(ConfigurableApplicationContext app) {
        return app.getBean(AccountDirectory.class).all();
    }

    /** Logs in over HTTP as a browser would; returns where EenPlan sends the person next. */
    private static String logIn(ConfigurableApplicationContext app, String email, String password) throws Exception {
        var base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        var form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return URI.create(response.headers().firstValue("Location").orElseThrow())
                        .getPath()
                + response.headers()
                        .firstValue("Location")
                        .map(l -> l.contains("?") ? l.substring(l.indexOf('?')) : "")
                        .orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
