package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plan's tabs and the household's reading view in a real browser at 1280 and 390 px, with axe: the mother
 * walks the tabs by keyboard only (Tab, Enter), reads the whole plan in plain words and agrees to it.
 */
class PlanTabsJourneyTests extends PlanPageTest {

    @Test
    @DisplayName("PL-1, PL-2, PL-5, PL-9, C-4: the mother walks the tabs by keyboard, reads the plan and agrees,"
            + " at her desk and again on her phone after a change")
    void theMotherWalksTheTabsReadsAndAgrees() {
        var sanne = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), sanne.id());
        hannaCoordinates();
        var school = goal("Sara gaat elke dag naar school");
        action(school, "Wekker en ontbijtplan maken", mother());
        planEditing.updateTab1(
                household,
                viewer(hanna),
                version(),
                new Tab1(
                        null,
                        null,
                        "",
                        false,
                        null,
                        null,
                        "Sanne zorgt alleen voor Sara.",
                        "Hoe gaat Sara weer elke dag naar school?",
                        Set.of(),
                        false));

        try (var desk = Browser.desktop()) {
            walkAndAgree(desk, sanne);
        }
        // A change asks for agreement again (PL-9); the mother agrees on her phone.
        action(school, "Samen de schooltas inpakken", mother());
        try (var phone = Browser.phone()) {
            walkAndAgree(phone, sanne);
        }
    }

    private void walkAndAgree(BrowserContext context, AccountPrincipal person) {
        var page = context.newPage();
        logIn(page, person);
        page.navigate(baseUrl() + plan());
        assertThat(heading(page, "Plan van Gezin " + familyName)).isVisible();
        assertThat(page.getByText("Sanne zorgt alleen voor Sara.")).isVisible();
        assertThat(current(page)).hasText("1. Situatie en hulpvraag");
        assertAccessible(page);

        follow(page, "2. Doelen en afspraken");
        assertThat(page).hasURL(Pattern.compile(".*/plan/approach$"));
        assertThat(current(page)).hasText("2. Doelen en afspraken");
        assertThat(page.getByText("Wekker en ontbijtplan maken")).isVisible();
        assertAccessible(page);

        follow(page, "5. Toestemming");
        assertThat(page).hasURL(Pattern.compile(".*/plan/consent$"));
        assertThat(heading(page, "Toestemming over Sanne " + familyName)).isVisible();
        assertAccessible(page);

        follow(page, "Lees het plan in gewone woorden");
        assertThat(heading(page, "Het plan van Gezin " + familyName + " in gewone woorden"))
                .isVisible();
        assertThat(heading(page, "Dit gaan we doen")).isVisible();
        assertThat(heading(page, "Wie doet wat").first()).isVisible();
        assertThat(heading(page, "Wanneer kijken we of het lukt").first()).isVisible();
        assertThat(page.getByText("Hoe gaat Sara weer elke dag naar school?")).isVisible();
        assertAccessible(page);

        follow(page, "Ik ga akkoord");
        assertThat(page.getByText("U bent akkoord met het plan zoals het nu is.")
                        .first())
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik ga akkoord")))
                .not()
                .isVisible();
        assertAccessible(page);
    }

    /** Presses Tab until the link or button with this name has the focus, then Enter: the keyboard only. */
    private static void follow(Page page, String name) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            var focused = (String)
                    page.evaluate("() => document.activeElement ? document.activeElement.textContent.trim() : ''");
            if (name.equals(focused)) {
                page.keyboard().press("Enter");
                page.waitForLoadState();
                return;
            }
        }
        throw new AssertionError("'" + name + "' is not reachable with the Tab key");
    }

    private static com.microsoft.playwright.Locator current(Page page) {
        return page.locator("[aria-current=page]");
    }

    private static com.microsoft.playwright.Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page.locator(".ep-user")).containsText(person.displayName());
    }
}
