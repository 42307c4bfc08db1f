package nl.eenplan.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.DashboardAccess;
import nl.eenplan.monitoring.DashboardChoice;
import nl.eenplan.monitoring.Dashboards;
import nl.eenplan.monitoring.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * MON-1, MON-2: the dashboard page of a municipality, region or organisation over a chosen period,
 * for the staff who may see it ({@link DashboardAccess}); anyone else gets "not found". A period that
 * cannot be read is said on the page, which then shows the last twelve months.
 */
@Controller
class MonitoringController {

    private final DashboardAccess access;
    private final Dashboards dashboards;
    private final DashboardViews views;
    private final Clock clock;

    MonitoringController(DashboardAccess access, Dashboards dashboards, DashboardViews views, Clock clock) {
        this.access = access;
        this.dashboards = dashboards;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/monitoring")
    String page(
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal AccountPrincipal me,
            Locale locale,
            Model model) {
        var chosen = access.resolve(me.id(), scope == null || scope.isBlank() ? null : DashboardChoice.parse(scope));
        var today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
        Period period;
        try {
            period = Period.parse(from, to, today);
        } catch (Period.BadPeriod e) {
            period = Period.parse(null, null, today);
            model.addAttribute("periodError", "monitoring.period.bad");
        }
        var dashboard = dashboards.of(chosen, period);
        model.addAttribute("scopes", access.scopes(me.id()));
        model.addAttribute("scope", chosen);
        model.addAttribute("period", period);
        model.addAttribute("tables", views.of(dashboard, locale));
        model.addAttribute("thisYear", Integer.toString(today.getYear()));
        return "monitoring/dashboard";
    }
}
