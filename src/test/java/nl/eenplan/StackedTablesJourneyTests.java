package nl.eenplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * At 390 px wide every data table becomes stacked rows (issue 18): on the pages with tables of a
 * coordinator, a household member and an administrator, no page scrolls sideways, every visible cell
 * of a stacked table shows its column's label before its value, and axe finds nothing.
 */
class StackedTablesJourneyTests extends MatrixTest {

    /**
     * Per visible table: whether its cells carry labels, how many visible cells lack a label or do not
     * show it, and whether a table without labels fits its place.
     */
    private static final String TABLES = """
            () => [...document.querySelectorAll('main table')]
              .filter(t => t.offsetParent !== null)
              .map(t => {
                const cells = [...t.querySelectorAll('tbody td, tbody th')].filter(c => c.offsetParent !== null);
                const stacked = cells.some(c => c.hasAttribute('data-label'));
                const unlabelled = cells.filter(c => {
                  const label = c.getAttribute('data-label');
                  const shown = getComputedStyle(c, '::before').content;
                  return !label || !shown.includes(label) || getComputedStyle(c).display !== 'block';
                }).map(c => c.textContent.trim().slice(0, 40));
                const place = t.parentElement.getBoundingClientRect().width;
                return {caption: (t.caption ? t.caption.textContent.trim() : t.id) || '(no caption)',
                        stacked, cells: cells.length, unlabelled, fits: t.scrollWidth <= Math.ceil(place)};
              })
            """;

    @Test
    @DisplayName("X-5, H-2, R-1, E-1: the coordinator's pages with tables show stacked rows at 390 px")
    void theCoordinatorsTablesAreStackedOnAPhone() {
        var world = fixture.fresh();
        var hanna = world.people().get(Actor.PROFESSIONAL);
        var household = "/households/" + world.household();
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), hanna.email(), MatrixPeople.PASSWORD, hanna.displayName());
            var stacked = visit(
                    page,
                    List.of(
                            "/my-work",
                            "/to-do",
                            "/cases",
                            "/escalations",
                            household + "/plan",
                            household + "/plan/versions",
                            household + "/plan/earlier",
                            household + "/team",
                            household + "/household",
                            household + "/coordination",
                            household + "/consents",
                            household + "/round-tables",
                            household + "/round-tables/" + world.roundTable(),
                            household + "/escalations",
                            "/account"));
            assertThat(stacked)
                    .as("pages on which a stacked table was seen")
                    .contains(
                            "/my-work",
                            "/cases",
                            household + "/team",
                            household + "/household",
                            household + "/plan/versions",
                            household + "/round-tables");
        }
    }

    @Test
    @DisplayName("H-1, X-1: the household member's pages with tables show stacked rows at 390 px")
    void theHouseholdMembersTablesAreStackedOnAPhone() {
        var world = fixture.fresh();
        var sanne = world.people().get(Actor.HOUSEHOLD);
        var household = "/households/" + world.household();
        try (var context = Browser.phone()) {
            var page = context.newPage();
            logInAsCitizen(page, sanne);
            var stacked = visit(
                    page,
                    List.of(
                            "/my-work",
                            "/to-do",
                            household + "/plan",
                            household + "/plan/versions",
                            household + "/team",
                            household + "/household",
                            household + "/consents",
                            household + "/round-tables",
                            household + "/access-log"));
            assertThat(stacked).contains(household + "/team", household + "/household");
        }
    }

    @Test
    @DisplayName(
            "X-1: the administrator's people, organisations, outbox and access-log pages show stacked rows at 390 px")
    void theAdministratorsTablesAreStackedOnAPhone() {
        var world = fixture.fresh();
        var bram = world.people().get(Actor.ADMINISTRATOR);
        try (var context = Browser.phone()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), bram.email(), MatrixPeople.PASSWORD, bram.displayName());
            var stacked = visit(
                    page,
                    List.of(
                            "/admin/people",
                            "/admin/people/"
                                    + world.people().get(Actor.PROFESSIONAL).id(),
                            "/admin/organisations",
                            "/admin/outbox",
                            "/admin/access-log?q=" + world.familyName()));
            assertThat(stacked).contains("/admin/people", "/admin/organisations", "/admin/outbox");
        }
    }

    /** Opens each page and checks it; returns the pages on which a stacked table was seen. */
    @SuppressWarnings("unchecked")
    private List<String> visit(Page page, List<String> paths) {
        var stacked = new ArrayList<String>();
        for (var path : paths) {
            var response = page.navigate(baseUrl() + path);
            assertThat(response.status()).as("status of %s", path).isEqualTo(200);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s scrolls sideways at 390 px", path)
                    .isTrue();
            var tables = (List<Map<String, Object>>) page.evaluate(TABLES);
            for (var table : tables) {
                if (Boolean.TRUE.equals(table.get("stacked"))) {
                    assertThat((List<String>) table.get("unlabelled"))
                            .as("cells without a visible label in '%s' on %s", table.get("caption"), path)
                            .isEmpty();
                    if (((Number) table.get("cells")).intValue() > 0 && !stacked.contains(path)) {
                        stacked.add(path);
                    }
                } else {
                    assertThat((Boolean) table.get("fits"))
                            .as("table '%s' without labels on %s is wider than its place", table.get("caption"), path)
                            .isTrue();
                }
            }
            assertAccessible(page);
        }
        return stacked;
    }

    private void logInAsCitizen(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(MatrixPeople.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        // A household member goes straight to her plan; anyone else lands on the start page.
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }
}
