package nl.eenplan.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The site as a municipality's own service, at 1280 and 390 px with axe: the footer's pages (privacy
 * statement, accessibility statement, contact), the menu that folds into "Menu" on a phone and opens
 * by keyboard without JavaScript, and a table that becomes stacked rows with its headers kept.
 */
class SiteJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    CaseOpening cases;

    @Autowired
    Team team;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void everyoneReadsThePrivacyAndAccessibilityStatementsAndContactFromTheFooter(int width) {
        try (var context = context(width)) {
            var page = context.newPage();
            page.navigate(baseUrl() + "/login");
            // Nothing configured: the neutral theme alone, no municipality's stylesheet.
            assertThat(page.locator("link[href*='/theme/theme.css']")).hasCount(0);
            for (var link : List.of(
                    new String[] {"Privacyverklaring", "Wie ziet uw gegevens?"},
                    new String[] {"Toegankelijkheidsverklaring", "Aan welke eisen voldoen wij?"},
                    new String[] {"Contact", "Helpdesk van EenPlan"})) {
                footer(page)
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link[0]))
                        .click();
                assertThat(heading(page, link[0])).isVisible();
                assertThat(heading(page, link[1])).isVisible();
                assertThat(fitsTheScreen(page))
                        .as("no sideways scrolling on %s", link[0])
                        .isTrue();
                assertAccessible(page);
            }
            assertThat(page.getByText("Veilig Thuis")).isVisible();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void theMenuIsOpenOnAWideScreenAndFoldsOnAPhoneWhereTheKeyboardOpensIt(int width) {
        var person = citizen("Lotte Lid");
        try (var context = context(width)) {
            var page = context.newPage();
            logIn(page, person);
            var toDo = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Te doen"));
            var menuButton = page.locator("summary.ep-menu-button");
            if (width > 640) {
                assertThat(menuButton).isHidden();
                assertThat(toDo).isVisible();
                assertAccessible(page);
                return;
            }
            assertThat(menuButton).isVisible();
            assertThat(toDo).isHidden();
            assertAccessible(page);
            menuButton.focus();
            page.keyboard().press("Enter");
            assertThat(toDo).isVisible();
            assertAccessible(page);
            toDo.focus();
            page.keyboard().press("Enter");
            assertThat(heading(page, "Te doen")).isVisible();
            assertThat(fitsTheScreen(page)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void onAPhoneATableBecomesStackedRowsThatKeepTheirHeaders(int width) {
        var grandmother = citizen("Oma Olga");
        takesPartInAPlan(grandmother);
        try (var context = context(width)) {
            var page = context.newPage();
            logIn(page, grandmother);
            page.navigate(baseUrl() + "/my-work");
            var cell = page.locator("table.ep-table td[data-label]").first();
            assertThat(cell).hasAttribute("data-label", "Gezin");
            var display = (String) cell.evaluate("td => getComputedStyle(td).display");
            var label = (String) cell.evaluate("td => getComputedStyle(td, '::before').content");
            if (width > 640) {
                assertThat(display).isEqualTo("table-cell");
            } else {
                assertThat(display).isEqualTo("block");
                assertThat(label).contains("Gezin");
                // Screen readers keep the real headers: the header row is hidden from sight only.
                assertThat(page.locator("table.ep-table thead th").first()).hasText("Gezin");
            }
            assertThat(fitsTheScreen(page)).isTrue();
            assertAccessible(page);
        }
    }

    private void takesPartInAPlan(AccountPrincipal grandmother) {
        var municipality = organisations.found(
                "Gemeente " + grandmother.id().toString().substring(0, 8), OrganisationKind.MUNICIPALITY, null);
        var youthCare = organisations.found(
                "Jeugdzorg " + grandmother.id().toString().substring(0, 8),
                OrganisationKind.PROVIDER,
                municipality.id());
        var professional = staff("Hanna Hulp", youthCare.id());
        var household = cases.open(
                professional,
                new NewHousehold(
                        "Gezin Tabel",
                        municipality.id(),
                        "Kerkstraat 2",
                        "1234 AB",
                        "Gouda",
                        List.of(NewMember.born("Sanne", "Tabel", LocalDate.of(1985, 6, 1), "moeder"))));
        team.add(
                household,
                new NewParticipant(
                        ParticipantKind.NETWORK,
                        null,
                        null,
                        grandmother.displayName(),
                        "oma",
                        Set.of(),
                        null,
                        grandmother.email(),
                        true,
                        true,
                        false,
                        null),
                grandmother.id());
    }

    private AccountPrincipal citizen(String name) {
        var account = accounts.createActive(uniqueEmail("burger"), name, AccountKind.CITIZEN, PASSWORD);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    private AccountPrincipal staff(String name, UUID organisationId) {
        var account = accounts.createActive(uniqueEmail("staf"), name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisationId, StaffRole.PROFESSIONAL);
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(heading(page, "Welkom, " + person.displayName())).isVisible();
    }

    private static BrowserContext context(int width) {
        Supplier<BrowserContext> make = width > 640 ? Browser::desktop : Browser::phone;
        return make.get();
    }

    private static Locator footer(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Over deze website"));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
