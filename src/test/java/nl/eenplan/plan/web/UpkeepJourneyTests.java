package nl.eenplan.plan.web;

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
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, on a desktop (1280 px) and a phone (390 px), every page checked with axe: the
 * mother records the birth of her expected child (H-1), and the coordinator lets a professional leave
 * the team, after which the chain gets a mail.
 */
class UpkeepJourneyTests extends HouseholdPageTest {

    private static final List<Supplier<BrowserContext>> SCREENS = List.of(Browser::desktop, Browser::phone);

    @Test
    @DisplayName("H-1: the mother records the birth of her expected child, at 1280 and 390 px")
    void theMotherRecordsTheBirthOfHerChild() {
        for (var screen : SCREENS) {
            var hanna = professional("Hanna Hulp");
            var householdId = expectingFamily(hanna);
            var mother = citizen("Sanne Jansen");
            team.linkAccount(participant(householdId, "Sanne Jansen").id(), mother.id());
            households.linkAccount(member(householdId, "Sanne").id(), mother.id());

            try (var context = screen.get()) {
                var page = context.newPage();
                page.navigate(baseUrl() + "/login");
                page.getByLabel("E-mailadres").fill(mother.email());
                page.getByLabel("Wachtwoord").fill(PASSWORD);
                button(page, "Inloggen").click();
                page.navigate(baseUrl() + "/households/" + householdId + "/team");
                assertThat(page.getByText("Verwacht kind: doet nog niet mee")).isVisible();
                link(page, "Gezinsleden en hun geschiedenis").click();
                assertThat(page.getByText("Verwacht op", new Page.GetByTextOptions().setExact(false)))
                        .isVisible();
                assertAccessible(page);
                fitsTheScreen(page);

                link(page, "Geboorte van Baby Jansen vastleggen").click();
                assertThat(heading(page, "Geboorte van Baby Jansen")).isVisible();
                assertAccessible(page);
                page.getByLabel("Geboortedatum")
                        .fill(LocalDate.now().plusDays(5).toString());
                button(page, "Geboorte vastleggen").click();
                assertThat(page.getByText(
                                        "Deze geboortedatum kan niet kloppen.",
                                        new Page.GetByTextOptions().setExact(false))
                                .first())
                        .isVisible();
                assertAccessible(page);

                page.getByLabel("Voornaam").fill("Noor");
                page.getByLabel("Geboortedatum")
                        .fill(LocalDate.now().minusDays(1).toString());
                button(page, "Geboorte vastleggen").click();
                assertThat(page.getByText("De geboorte is vastgelegd.", new Page.GetByTextOptions().setExact(false)))
                        .isVisible();
                assertThat(page.getByText("Noor Jansen is geboren.")).isVisible();
                assertThat(page.getByText("Door Sanne Jansen.")).isVisible();
                assertAccessible(page);
                fitsTheScreen(page);

                link(page, "Naar het team").click();
                assertThat(page.getByText("Wie heeft het gezag over Noor Jansen?"))
                        .isVisible();
                assertThat(page.getByText("Verwacht kind: doet nog niet mee")).hasCount(0);
                assertAccessible(page);
            }
            var noor = member(householdId, "Noor");
            assertThat(noor.dateOfBirth()).isEqualTo(LocalDate.now().minusDays(1));
            assertThat(participant(householdId, "Noor Jansen").active()).isTrue();
        }
    }

    @Test
    @DisplayName("R-7: the coordinator lets a professional leave the team; the chain gets a mail, at 1280 and 390 px")
    void theCoordinatorLetsAProfessionalLeave() throws Exception {
        for (var screen : SCREENS) {
            var hanna = professional("Hanna Hulp");
            var householdId = consentedFamily(hanna, uniqueName("Gezin Jansen"));
            var piet = professional("Piet Zorg");
            var pietInTeam = addProfessional(householdId, "Piet Zorg", piet.email(), false, null, piet.id());
            shareWholePlanWith(householdId, hanna.id(), piet.id());
            coordinations.decide(
                    householdId,
                    new CoordinatorChoice(
                            participant(householdId, "Hanna Hulp").id(),
                            CoordinationForm.CASE_COORDINATION,
                            Set.of(),
                            null,
                            ChosenBy.HOUSEHOLD,
                            false,
                            false,
                            false),
                    coordinations.of(householdId).version(),
                    hanna.id(),
                    false);

            try (var context = screen.get()) {
                var page = context.newPage();
                StaffLogin.firstLogin(page, baseUrl(), hanna.email(), PASSWORD, "Hanna Hulp");
                page.navigate(baseUrl() + "/households/" + householdId + "/team");
                assertAccessible(page);
                link(page, "Piet Zorg laten vertrekken").click();
                assertThat(heading(page, "Piet Zorg laten vertrekken uit het team"))
                        .isVisible();
                assertAccessible(page);
                fitsTheScreen(page);

                page.getByLabel("Laatste dag in het team")
                        .fill(LocalDate.now().plusDays(7).toString());
                button(page, "Laten vertrekken").click();
                assertThat(page.getByText("Deze datum kan niet.", new Page.GetByTextOptions().setExact(false))
                                .first())
                        .isVisible();
                assertAccessible(page);

                page.getByLabel("Laatste dag in het team").fill(LocalDate.now().toString());
                button(page, "Laten vertrekken").click();
                assertThat(page.getByText(
                                "De persoon is uit het team vertrokken.", new Page.GetByTextOptions().setExact(false)))
                        .isVisible();
                assertThat(page.getByText("Piet Zorg is vertrokken uit het team."))
                        .isVisible();
                assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Piet Zorg")))
                        .hasCount(0);
                assertAccessible(page);
                fitsTheScreen(page);
            }
            assertThat(team.find(pietInTeam.id())).isEmpty();
            assertThat(awaitMailTo(piet.email()).getSubject()).isEqualTo("U bent uit een team vertrokken in EenPlan");
            assertThat(awaitMailTo(hanna.email()).getSubject())
                    .isEqualTo("Iemand is uit een team vertrokken in EenPlan");
        }
    }

    private UUID expectingFamily(Person professional) {
        return cases.open(
                professional.principal(),
                new NewHousehold(
                        uniqueName("Gezin Jansen"),
                        municipality.id(),
                        "Dorpsstraat 1",
                        "1234 AB",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", "Jansen", LocalDate.of(1988, 4, 2), "moeder"),
                                NewMember.unborn(
                                        "Baby", "Jansen", LocalDate.now().plusMonths(1), "kind"))));
    }

    private static void fitsTheScreen(Page page) {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on %s", page.url())
                .isTrue();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
