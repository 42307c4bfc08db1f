package nl.eenplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One visitor over real HTTP, as a browser without JavaScript: its own cookies (session), the login
 * form with its CSRF token, and plain page requests. Redirects are not followed, so a test sees them.
 */
public final class HttpVisitor {

    /** What a browser asks for when it opens a page. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private String csrf;

    public HttpVisitor(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens the login page: the visitor gets a session and the form's CSRF token. */
    public HttpVisitor openLoginPage() throws IOException, InterruptedException {
        return openForm("/login");
    }

    /** Opens a page with a form: the visitor keeps the form's CSRF token for {@link #post}. */
    public HttpVisitor openForm(String path) throws IOException, InterruptedException {
        var page = get(path).body();
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the page %s has a CSRF token", path).isTrue();
        csrf = matcher.group(1);
        return this;
    }

    /** Sends the login form (after {@link #openLoginPage}); answers where EenPlan sends the visitor next. */
    public HttpResponse<String> submitLogin(String email, String password) throws IOException, InterruptedException {
        return post("/login", "email", email, "password", password);
    }

    /** Sends a form (names and values in turn) with the CSRF token of the last {@link #openForm}. */
    public HttpResponse<String> post(String path, String... fields) throws IOException, InterruptedException {
        var form = new StringBuilder("_csrf=").append(encode(csrf));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", ACCEPT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .setHeader("Accept", ACCEPT);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The path and query of a redirect's target, e.g. {@code /login?error=locked}. */
    public static String location(HttpResponse<?> response) {
        var location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
