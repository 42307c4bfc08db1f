package nl.eenplan.caseload;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.util.Set;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 in real browsers, checked for WCAG at 1280 and 390 px: the coordinator finds a case under
 * "Mijn gezinnen" by searching and filtering, opens its plan and updates it; the access team, on a phone,
 * assigns a household without a team, which the professional then finds among her own.
 */
class CaseloadJourneyTests extends CaseloadTest {

    private static final String MONEY = "Er is rust in de geldzaken";

    @Autowired
    Coordinations coordinations;

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanAccess planAccess;

    @Autowired
    Clock clock;

    @Test
    @DisplayName("Issue 18, R-1, PL-2, X-1: the coordinator finds and updates a case; the access team assigns a"
            + " household, at 1280 and 390 px")
    void theCoordinatorFindsAndUpdatesACase() {
        hannaCoordinatesTheJansenFamilyWithAnActionOverdue();
        try (var desk = Browser.desktop();
                var phone = Browser.phone()) {
            var hanna = desk.newPage();
            StaffLogin.firstLogin(hanna, baseUrl(), this.hanna.email(), PASSWORD, "Hanna Hulp");
            theCoordinatorFindsTheCaseBySearching(hanna);
            theCoordinatorOpensAndUpdatesThePlan(hanna);
            aWrongDateIsExplained(hanna);
            onAPhoneTheRowsStack(hanna);

            var anna = phone.newPage();
            StaffLogin.firstLogin(anna, baseUrl(), this.anna.email(), PASSWORD, "Anna Toegang");
            theAccessTeamAssignsAHouseholdWithoutTeam(anna);
            hanna.setViewportSize(1280, 900);
            hanna.navigate(baseUrl() + "/cases?q=" + "De+Boer");
            assertThat(link(hanna, "Gezin De Boer " + suffix)).isVisible();
        }
    }

    private void hannaCoordinatesTheJansenFamilyWithAnActionOverdue() {
        var members = households.members(jansen);
        households.grantParentalAuthority(
                members.get(1).id(), members.getFirst().id());
        shareWholePlanWith(jansen, hanna.id());
        var me = team.participationOf(jansen, hanna.id()).orElseThrow();
        coordinations.decide(
                jansen,
                new CoordinatorChoice(
                        me.id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(jansen).version(),
                hanna.id(),
                false);
        var today = DutchTime.today(clock);
        var goal = planEditing.addGoal(jansen, planAccess.viewer(jansen, hanna), planVersion(), "Tim gaat naar school");
        planEditing.addAction(
                jansen,
                planAccess.viewer(jansen, hanna),
                planVersion(),
                goal,
                new NewAction(
                        "Hanna belt de mentor van Tim",
                        Set.of(me.id()),
                        today.minusDays(20),
                        today.minusDays(2),
                        today.plusDays(20)));
    }

    /** The coordinator opens "Mijn gezinnen" from the menu, searches by name and narrows to overdue actions. */
    private void theCoordinatorFindsTheCaseBySearching(Page page) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mijn gezinnen"))
                .click();
        assertThat(heading(page, "Mijn gezinnen")).isVisible();
        assertThat(page.getByText("1 gezin gevonden.")).isVisible();
        assertAccessible(page);

        page.getByLabel("Naam of postcode").fill("jansen");
        page.getByLabel("Acties te laat").check();
        button(page, "Zoeken").click();
        var row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Gezin Jansen"));
        assertThat(row).containsText("Concept");
        assertThat(row).containsText("Hanna Hulp");
        assertThat(row).containsText("1 actie te laat");
        assertThat(page.getByLabel("Acties te laat")).isChecked();
        assertAccessible(page);

        page.getByLabel("Naam of postcode").fill("Visser");
        button(page, "Zoeken").click();
        assertThat(page.getByText("Geen gezinnen gevonden.")).isVisible();
    }

    private void theCoordinatorOpensAndUpdatesThePlan(Page page) {
        page.getByLabel("Naam of postcode").fill("2801 AB");
        page.getByLabel("Acties te laat").uncheck();
        button(page, "Zoeken").click();
        link(page, "Gezin Jansen " + suffix).click();
        assertThat(page.getByText("Hanna Hulp heeft de regie.")).isVisible();
        link(page, "2. Doelen en afspraken").click();
        page.getByLabel("Doel", new Page.GetByLabelOptions().setExact(true)).fill(MONEY);
        button(page, "Doel toevoegen").click();
        assertThat(page.getByText("Het doel is toegevoegd.")).isVisible();
        assertThat(page.locator(".ep-goal", new Page.LocatorOptions().setHasText(MONEY)))
                .isVisible();
    }

    private void aWrongDateIsExplained(Page page) {
        page.navigate(baseUrl() + "/cases");
        page.getByLabel("Geboortedatum van iemand in het gezin").fill("2015-03-09");
        button(page, "Zoeken").click();
        assertThat(link(page, "Gezin Jansen " + suffix)).isVisible();
        page.navigate(baseUrl() + "/cases?born=31-02-2015");
        assertThat(page.getByText("Vul een geboortedatum in zoals 9-3-2015.").first())
                .isVisible();
        assertAccessible(page);
    }

    /** At 390 px the table becomes stacked rows, each cell with its label; the plan opens from there. */
    private void onAPhoneTheRowsStack(Page page) {
        page.setViewportSize(390, 844);
        page.navigate(baseUrl() + "/cases?q=Jansen");
        assertThat(page.locator("table.ep-cases thead")).hasCSS("position", "absolute");
        assertThat(page.locator("table.ep-cases td").first()).hasCSS("display", "block");
        assertAccessible(page);
        link(page, "Gezin Jansen " + suffix).click();
        link(page, "2. Doelen en afspraken").click();
        assertThat(page.getByText(MONEY).first()).isVisible();
        assertAccessible(page);
    }

    /** The access team finds the De Boer family, which has no team yet, and assigns it to Hanna. */
    private void theAccessTeamAssignsAHouseholdWithoutTeam(Page page) {
        page.navigate(baseUrl() + "/cases");
        page.getByLabel("Stand van het plan").selectOption("NONE");
        button(page, "Zoeken").click();
        assertThat(page.getByText("1 gezin gevonden.")).isVisible();
        assertAccessible(page);
        link(page, "Gezin De Boer " + suffix).click();
        assertThat(heading(page, "Toewijzen: Gezin De Boer " + suffix)).isVisible();
        button(page, "Toewijzen").click();
        assertThat(page.getByText("Kies iemand uit de lijst.").first()).isVisible();
        assertAccessible(page);
        page.getByLabel("Verantwoordelijk")
                .selectOption(new SelectOption().setLabel("Hanna Hulp (" + goudaCare.name() + ")"));
        button(page, "Toewijzen").click();
        assertThat(page.getByText("Het gezin is toegewezen.")).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Hanna Hulp");
        assertAccessible(page);
    }

    private int planVersion() {
        return jdbc.sql("select version from plan where household_id = ? and status <> 'CLOSED'")
                .param(jansen)
                .query(Integer.class)
                .single();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
