package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.testing.Browser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tab 3 (PL-3, PL-10) in a real browser at 1280 and 390 px, with axe. */
class ProvisionsJourneyTests extends ProvisionTest {

    @Test
    @DisplayName(
            "PL-3, PL-10: the mother records her Wmo request, asks youth care for her son, downloads the request, and withdraws it on a phone")
    void theMotherAsksForProvisions() {
        var mum = citizen("Sanne " + familyName);
        team.linkAccount(mother().id(), mum.id());
        hannaCoordinates();

        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, mum);
            page.navigate(baseUrl() + plan() + "/provisions");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("3. Voorzieningen")))
                    .hasAttribute("aria-current", "page");
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welke wet geldt voor wie")))
                    .isVisible();
            assertThat(page.getByText("(volgens leeftijd)").first()).isVisible();
            assertAccessible(page);

            page.getByText("Wet aanpassen voor Sanne " + familyName).click();
            page.locator("#law-" + sanne + "-supportRequestedOn").fill("2026-04-28");
            page.locator("#law-" + sanne + "-form")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opslaan"))
                    .click();
            assertThat(page.getByText("De wet is opgeslagen.")).isVisible();
            assertThat(page.getByText(
                            "Een persoonlijk plan kan worden ingeleverd tot en met 5 mei 2026",
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();

            page.getByLabel("Voor wie").selectOption(tim.toString());
            page.getByLabel("Wet", new Page.GetByLabelOptions().setExact(true)).selectOption("JEUGDWET");
            page.getByLabel("Soort voorziening").selectOption("YOUTH_OUTPATIENT");
            page.getByLabel("Aanbieder (organisatie)").fill("Jeugdzorg Midden");
            page.getByLabel("Tim gaat weer graag naar school").check();
            page.getByLabel("Waarom is dit nodig?").fill("Tim heeft hulp nodig bij angst.");
            page.getByLabel("Aantal").fill("4");
            page.getByLabel("Eenheid").selectOption("HOUR");
            page.getByLabel("Hoe vaak").selectOption("PER_WEEK");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvragen"))
                    .click();
            assertThat(page.getByText("De voorziening is aangevraagd in het plan."))
                    .isVisible();
            // The form's hint also says "Bijvoorbeeld: 4 uur per week": look in the list of provisions.
            assertThat(listed(page).getByRole(AriaRole.HEADING))
                    .hasText("Ambulante jeugdhulp (hulp thuis of bij de aanbieder) voor Tim " + familyName);
            assertThat(listed(page).getByText("4 uur per week", new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertAccessible(page);

            var pdf = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanvraag als PDF"))
                            .click());
            org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("aanvraag-beschikking.pdf");
        }

        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, mum);
            page.navigate(baseUrl() + plan() + "/provisions");
            assertThat(listed(page).getByText("4 uur per week", new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertAccessible(page);
            page.getByText("Wijzigen", new Page.GetByTextOptions().setExact(true))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Intrekken"))
                    .click();
            assertThat(page.getByText("De voorziening is ingetrokken.")).isVisible();
            // The change form's status choice also offers "Ingetrokken": look at the listed status.
            assertThat(listed(page)
                            .getByRole(AriaRole.DEFINITION)
                            .filter(new Locator.FilterOptions().setHasText("Ingetrokken")))
                    .isVisible();
            assertAccessible(page);
        }
    }

    private static Locator listed(Page page) {
        return page.locator(".ep-provision");
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
