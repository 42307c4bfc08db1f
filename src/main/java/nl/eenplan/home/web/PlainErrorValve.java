package nl.eenplan.home.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The servlet container's answer to a request it refuses before EenPlan sees it (an address it cannot
 * read): a short page in Dutch and English, or a problem detail for the API; never the server's
 * name, version or a stack trace.
 */
public class PlainErrorValve extends ErrorReportValve {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>Ongeldig verzoek - EenPlan</title></head>
            <body><h1>Deze vraag kunnen we niet verwerken</h1>
            <p>Het adres bevat tekens die EenPlan niet kan lezen. Uw gegevens zijn niet veranderd.
            <a href="/">Naar de startpagina</a></p>
            <p lang="en">EenPlan cannot read this address. Your information has not changed.</p></body></html>
            """;

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Ongeldig verzoek","status":%d,\
            "detail":"Deze vraag kunnen we niet lezen. Controleer wat u stuurt en probeer het opnieuw."}""";

    public PlainErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var uri = request.getDecodedRequestURIMB() == null ? null : request.getRequestURI();
        var api = uri != null && uri.startsWith("/api/");
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? PROBLEM.formatted(status) : PAGE);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already begun: nothing more to say.
        }
    }
}
