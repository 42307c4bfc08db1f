package nl.eenplan.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.Dashboard;
import nl.eenplan.monitoring.DashboardAccess;
import nl.eenplan.monitoring.DashboardChoice;
import nl.eenplan.monitoring.Dashboards;
import nl.eenplan.monitoring.Period;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * MON-1: the figures of the dashboard page as CSV and as a spreadsheet, for the same people and with
 * the same suppression; a period that cannot be read is answered 400.
 */
@Controller
class MonitoringExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DashboardAccess access;
    private final Dashboards dashboards;
    private final DashboardCsv csv;
    private final DashboardSheet sheet;
    private final Clock clock;

    MonitoringExportController(
            DashboardAccess access, Dashboards dashboards, DashboardCsv csv, DashboardSheet sheet, Clock clock) {
        this.access = access;
        this.dashboards = dashboards;
        this.csv = csv;
        this.sheet = sheet;
        this.clock = clock;
    }

    @GetMapping("/monitoring/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale) {
        var dashboard = dashboard(scope, from, to, me);
        return download(
                csv.of(dashboard, locale).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                name(dashboard, "csv"));
    }

    @GetMapping("/monitoring/export.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale) {
        var dashboard = dashboard(scope, from, to, me);
        return download(sheet.of(dashboard, locale), XLSX, name(dashboard, "xlsx"));
    }

    private Dashboard dashboard(String scope, String from, String to, AccountPrincipal me) {
        var chosen = access.resolve(me.id(), scope == null || scope.isBlank() ? null : DashboardChoice.parse(scope));
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        return dashboards.of(chosen, Period.parse(from, to, today));
    }

    private static String name(Dashboard dashboard, String extension) {
        return "monitoring-" + dashboard.period().from() + "-"
                + dashboard.period().to() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
