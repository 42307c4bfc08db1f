package nl.eenplan.home;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every page's layout needs: the municipality ({@link Site}: name, logo, colours and contact
 * details, shown in header and footer), the person, the navigation for their roles, the current path.
 * Added only when a page is rendered: an API call or a redirect does not pay for it.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final Site site;

    LayoutModel(Site site) {
        this.site = site;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !rendersPage(page)) {
            return;
        }
        var model = page.getModel();
        model.putIfAbsent("site", site);
        model.putIfAbsent("currentUser", currentUser());
        model.putIfAbsent("navigation", navigation());
        model.putIfAbsent("currentPath", currentPath(request));
    }

    private static boolean rendersPage(ModelAndView page) {
        var name = page.getViewName();
        return name != null ? !name.startsWith("redirect:") : !(page.getView() instanceof RedirectView);
    }

    private static AccountPrincipal currentUser() {
        var authentication = fullyLoggedIn();
        return authentication == null ? null : (AccountPrincipal) authentication.getPrincipal();
    }

    private static List<NavigationItem> navigation() {
        var authentication = fullyLoggedIn();
        var items = new ArrayList<NavigationItem>();
        if (authentication == null) {
            return items;
        }
        items.add(new NavigationItem("/", "nav.home"));
        items.add(new NavigationItem("/my-work", "nav.myWork"));
        if (has(authentication, "ROLE_STAFF")) {
            items.add(new NavigationItem("/cases", "nav.cases"));
        }
        items.add(new NavigationItem("/to-do", "nav.toDo"));
        items.add(new NavigationItem("/account", "nav.account"));
        if (has(authentication, "ROLE_MANAGER") || has(authentication, "ROLE_MUNICIPAL_CONTACT_POINT")) {
            items.add(new NavigationItem("/escalations", "escalation.nav"));
        }
        if (has(authentication, "ROLE_MANAGER")
                || has(authentication, "ROLE_MUNICIPAL_CONTACT_POINT")
                || has(authentication, "ROLE_AGENDA_HOLDER")) {
            items.add(new NavigationItem("/monitoring", "monitoring.nav"));
        }
        if (has(authentication, "ROLE_STAFF") || has(authentication, "ROLE_ADMINISTRATOR")) {
            // One entry for implementing the method: frameworks, checklists and basic requirements (IMP).
            items.add(new NavigationItem("/implementation", "implementation.nav"));
        }
        if (has(authentication, "ROLE_ADMINISTRATOR")) {
            items.add(new NavigationItem("/admin/people", "nav.people"));
            items.add(new NavigationItem("/admin/organisations", "nav.organisations"));
            items.add(new NavigationItem("/admin/regions", "region.nav"));
            items.add(new NavigationItem("/admin/outbox", "nav.outbox"));
            items.add(new NavigationItem("/admin/access-log", "audit.nav.accessLog"));
        }
        return items;
    }

    private static String currentPath(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    private static Authentication fullyLoggedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal
                && has(authentication, "ROLE_USER")) {
            return authentication;
        }
        return null;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
