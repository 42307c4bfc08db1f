package nl.eenplan.monitoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.monitoring.DashboardAccess;
import nl.eenplan.monitoring.DashboardChoice;
import nl.eenplan.monitoring.DashboardNotFound;
import nl.eenplan.monitoring.Dashboards;
import nl.eenplan.monitoring.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * MON-1, MON-2: the dashboards through the API, for the same people and with the same figures and
 * suppression as the page: which dashboards one may see, and one of them over a period ({@code from} and
 * {@code to} as {@code 2026-01}; without them the last twelve months). A dashboard one may not see: 404.
 */
@RestController
class MonitoringApiController {

    private final DashboardAccess access;
    private final Dashboards dashboards;
    private final FigureTexts texts;
    private final Clock clock;

    MonitoringApiController(DashboardAccess access, Dashboards dashboards, FigureTexts texts, Clock clock) {
        this.access = access;
        this.dashboards = dashboards;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/api/v1/monitoring/dashboards")
    ApiPage<DashboardResource.ScopeResource> scopes(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        return paging.of(access.scopes(person.id()).stream()
                .map(DashboardResource::scope)
                .toList());
    }

    @GetMapping("/api/v1/monitoring/dashboard")
    DashboardResource dashboard(
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @AuthenticationPrincipal AccountPrincipal person,
            HttpServletRequest request) {
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        var period = Period.parse(from, to, today);
        var chosen = access.resolve(person.id(), choice(municipality, region, organisation));
        return DashboardResource.of(dashboards.of(chosen, period), texts, ApiProblem.language(request));
    }

    private static DashboardChoice choice(String municipality, String region, String organisation) {
        var given = (municipality == null ? 0 : 1) + (region == null ? 0 : 1) + (organisation == null ? 0 : 1);
        if (given == 0) {
            return null;
        }
        if (given > 1) {
            throw new DashboardNotFound();
        }
        return municipality != null
                ? DashboardChoice.of("municipality", municipality)
                : region != null
                        ? DashboardChoice.of("region", region)
                        : DashboardChoice.of("organisation", organisation);
    }
}
