package nl.eenplan.deadline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.MainMenu;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The to-do page in a real browser on a phone, checked against WCAG 2.1 AA. */
class ToDoJourneyTests extends DeadlineTest {

    @Test
    @DisplayName("G-2, X-2: the mother finds her to-do list on her phone and chooses the weekly overview")
    void theMotherUsesHerToDoListOnHerPhone() {
        var family = family();
        var goal = goal(family, "Sara gaat elke dag naar school");
        action(family, goal, "Wekker zetten", today().minusDays(1), today().plusWeeks(6), family.sanneParticipant());
        var timetable = action(
                family,
                goal,
                "Rooster ophangen",
                today().plusWeeks(3),
                today().plusWeeks(6),
                family.sanneParticipant());

        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, family.sanne());
            MainMenu.link(page, "Te doen").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Te doen")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Te laat (1)")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wekker zetten")))
                    .isVisible();
            assertAccessible(page);

            page.getByLabel("Alleen het overzicht op maandag").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                    .click();
            assertThat(page.getByText("Uw keuze voor herinneringen is opgeslagen."))
                    .isVisible();
            assertThat(page.getByLabel("Alleen het overzicht op maandag")).isChecked();
            assertAccessible(page);

            // The link leads to the action itself, on tab 2 of the plan (goals and actions).
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rooster ophangen"))
                    .click();
            assertThat(page)
                    .hasURL(baseUrl() + "/households/" + family.household() + "/plan/approach#action-" + timetable);
            assertThat(page.locator("#action-" + timetable)).containsText("Rooster ophangen");
            assertThat(page.locator("#action-" + timetable)).isInViewport();
        }
    }

    @Test
    @DisplayName("X-2: someone without deadlines is told so, on a phone")
    void someoneWithoutDeadlinesIsToldSo() {
        var neighbour = person("Buurvrouw", AccountKind.CITIZEN);

        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, neighbour);
            page.navigate(baseUrl() + "/to-do");
            assertThat(page.getByText("U hoeft nu niets te doen voor een datum."))
                    .isVisible();
            assertAccessible(page);
        }
    }

    private void logIn(Page page, AccountPrincipal person) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(person.email());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        // A household member goes straight to her plan, everyone else to the start page.
        assertThat(page.locator(".ep-user")).containsText(person.displayName());
    }
}
