package nl.eenplan.escalation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eenplan.plan.NewAction;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole ladder in real browsers, each person in their own: the coordinator follows EenPlan's
 * prompt, her manager and the municipal contact point take their steps, and the agreement comes
 * back into the plan. Every page is checked against WCAG 2.1 AA; the contact point works on a phone.
 */
class EscalationJourneyTests extends EscalationTest {

    @Autowired
    Clock clock;

    @Test
    @DisplayName("E-1..E-5, G-4: from the prompt on the plan page through steps 1 to 4 and back to the coordinator")
    void fromThePromptUpTheLadderAndBackToTheCoordinator() throws Exception {
        var today = LocalDate.now(clock);
        var target = today.minusDays(40);
        planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(
                        "Formulieren ophalen", Set.of(participant(peter).id()), target.minusDays(7), target, target));

        try (var hannasBrowser = Browser.desktop();
                var miasBrowser = Browser.desktop();
                var carlasPhone = Browser.phone()) {
            var coordinator = hannasBrowser.newPage();
            StaffLogin.firstLogin(coordinator, baseUrl(), hanna.email(), PASSWORD, hanna.displayName());
            coordinator.navigate(baseUrl() + "/households/" + household + "/plan");
            // G-4: the stagnation box stands with the goals and agreements, on tab 2.
            link(coordinator, "2. Doelen en afspraken").click();
            assertThat(heading(coordinator, "Vastlopen en opschalen")).isVisible();
            assertThat(coordinator.getByText("werkdagen te laat")).isVisible();
            assertAccessible(coordinator);

            link(coordinator, "Vastlopen melden: Formulieren ophalen").click();
            assertThat(heading(coordinator, "Vastlopen melden")).isVisible();
            assertAccessible(coordinator);
            coordinator.getByLabel("Wat is er aan de hand?").fill("Peter reageert niet op mails.");
            button(coordinator, "Vastlopen melden").click();
            assertThat(coordinator.getByText("Stap 1 is begonnen")).isVisible();
            assertAccessible(coordinator);

            noCommitment(coordinator);
            button(coordinator, "Opschalen naar stap 2").click();
            assertThat(coordinator.getByText("De zaak is opgeschaald.")).isVisible();
            noCommitment(coordinator);
            assertThat(coordinator.getByLabel("Leidinggevende van de regisseur"))
                    .isVisible();
            assertAccessible(coordinator);
            button(coordinator, "Opschalen naar stap 3").click();
            assertThat(heading(coordinator, "Stap 3: De leidinggevenden samen")).isVisible();

            var manager = miasBrowser.newPage();
            StaffLogin.firstLogin(manager, baseUrl(), mia.email(), PASSWORD, mia.displayName());
            link(manager, "Escalaties").first().click();
            assertThat(heading(manager, "Open escalaties")).isVisible();
            assertAccessible(manager);
            link(manager, "Gezin " + familyName).click();
            assertThat(link(manager, "Naar het plan")).hasCount(0);
            noCommitment(manager);
            assertAccessible(manager);
            button(manager, "Opschalen naar stap 4").click();
            assertThat(heading(manager, "Stap 4: Gemeentelijk aanspreekpunt")).isVisible();

            // E-5: the household agrees that the contact point, now in the team, may see the plan.
            shareWholePlanWith(household, carla.id());
            var contactPoint = carlasPhone.newPage();
            StaffLogin.firstLogin(contactPoint, baseUrl(), carla.email(), PASSWORD, carla.displayName());
            contactPoint.navigate(baseUrl() + "/escalations");
            assertAccessible(contactPoint);
            link(contactPoint, "Gezin " + familyName).click();
            link(contactPoint, "Naar het plan").click();
            // The link leads to the stagnating agreement on tab 2, among the goals.
            assertThat(contactPoint)
                    .hasURL(Pattern.compile(".*/households/" + household + "/plan/approach#action-[0-9a-f-]+$"));
            assertThat(contactPoint.getByText("Aanvraag schuldhulp indienen")).isVisible();
            assertAccessible(contactPoint);
            contactPoint.goBack();
            contactPoint.getByLabel("Toezegging: er zijn nieuwe afspraken").check();
            contactPoint.getByLabel("Welke acties komen er?").fill("Schuldhulp haalt de formulieren deze week op");
            contactPoint.getByLabel("Klaar op").fill(today.plusDays(7).toString());
            contactPoint.getByLabel("Welk resultaat moet er komen?").fill("De aanvraag ligt bij de gemeente");
            contactPoint.getByLabel("Diensten van de gemeente").check();
            button(contactPoint, "Uitkomst opslaan").click();
            assertThat(contactPoint.getByText("De uitkomst is opgeslagen.")).isVisible();
            assertAccessible(contactPoint);
            button(contactPoint, "Teruggeven aan de regisseur").click();
            assertThat(contactPoint.getByText("De zaak is terug bij de regisseur. De escalatie is afgesloten."))
                    .isVisible();
            assertThat(contactPoint.getByText("De nieuwe afspraken staan als actie in het plan."))
                    .isVisible();
            assertAccessible(contactPoint);

            coordinator.navigate(baseUrl() + "/households/" + household + "/plan");
            link(coordinator, "2. Doelen en afspraken").click();
            assertThat(coordinator.getByText("Schuldhulp haalt de formulieren deze week op"))
                    .isVisible();
            assertAccessible(coordinator);
        }
    }

    private static void noCommitment(Page page) {
        page.getByLabel("Geen toezegging").check();
        button(page, "Uitkomst opslaan").click();
        assertThat(page.getByText("De uitkomst is opgeslagen.")).isVisible();
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
