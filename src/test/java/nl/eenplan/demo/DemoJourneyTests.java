package nl.eenplan.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.eenplan.EenPlanApplication;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * EenPlan started as a new user starts it, with the demo on: every printed login works, and every demo
 * role lands on real work in the Jansen case (H-2, R-1, C-1, G-2, M-3, E-1), in the browser with axe, and
 * reaches the newer pages with content: every tab of the plan, the safety plan and treatment plans, the
 * monitoring dashboards (MON-1, MON-2), the frameworks, checklists, basic requirements and training
 * records (IMP-1, IMP-3, IMP-4, IMP-5) and intensive coordination.
 */
class DemoJourneyTests {

    private static final Pattern LOGIN = Pattern.compile("^\\s+(.+?)\\s+(\\S+@\\S+)\\s+(\\S{4}-\\S{4}-\\S{4}-\\S{4})$");
    private static final String NOT_TAKING_PART = "U doet nog niet mee aan een plan";

    private static ConfigurableApplicationContext app;
    private static Path data;
    private static final Map<String, String> passwords = new HashMap<>();

    @BeforeAll
    static void startWithTheDemo() throws Exception {
        data = Files.createTempDirectory("eenplan-demo");
        var console = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new PrintStream(new TeeStream(out, console), true, StandardCharsets.UTF_8));
        try {
            app = new SpringApplicationBuilder(EenPlanApplication.class)
                    .run(
                            "--eenplan.demo=true",
                            "--server.port=0",
                            "--eenplan.embedded-db.data-dir=" + data.resolve("postgres"),
                            "--eenplan.embedded-db.clean-on-stop=true",
                            "--logging.structured.format.console=",
                            "--spring.mail.host=");
        } finally {
            System.setOut(out);
        }
        console.toString(StandardCharsets.UTF_8).lines().forEach(line -> {
            var m = LOGIN.matcher(line);
            if (m.matches()) {
                passwords.put(m.group(2), m.group(3));
            }
        });
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @DisplayName(
            "H-1, C-1, PL-1, PL-6: the mother goes straight to her plan, with goals, her help question and the safety plan")
    void theMotherGoesStraightToHerPlan() {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            logIn(page, "fatima@gezin.example");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plan van Gezin Jansen")))
                    .isVisible();
            assertAccessible(page);
            // The goals and actions are on tab 2 of the plan: she follows the tab bar, as on any plan.
            var goalsTab = page.locator(".ep-plan-tabs")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("2. Doelen en afspraken"));
            goalsTab.click();
            assertThat(page).hasURL(Pattern.compile("/households/[0-9a-f-]+/plan/approach$"));
            assertThat(goalsTab).hasAttribute("aria-current", "page");
            assertThat(page.getByText("Fatima heeft weer grip op haar geld").first())
                    .isVisible();
            assertThat(page.getByText("Alle post over rekeningen in één map verzamelen")
                            .first())
                    .isVisible();
            assertAccessible(page);
            // PL-1, PL-6: her situation and help question on tab 1, and the safety plan she may see (16+).
            page.navigate(plan(""));
            assertThat(page.locator("main")).containsText("Ik wil weer rust in mijn hoofd over geld");
            page.navigate(plan("/safety"));
            assertThat(page.locator("main")).containsText("Als het thuis te hoog oploopt, gaat Michael naar oma");
            assertAccessible(page);
        }
    }

    @Test
    @DisplayName("X-5, M-3: the network member sees her own action and the round-table invitation on her start page")
    void theNetworkMemberSeesHerActionAndTheRoundTable() {
        try (var context = Browser.phone()) {
            var page = context.newPage();
            logIn(page, "oma.ans@netwerk.example");
            startPageShows(page, "Welkom, Ans de Wit", "Sara op dinsdag en donderdag van school halen");
            assertThat(page.locator(".ep-next-steps")).containsText("Uitnodiging Ronde Tafel beantwoorden");
        }
    }

    @Test
    @DisplayName(
            "R-1, E-1, PL-1, PL-3, PL-4, PL-5, PL-6, PL-7: the coordinator sees her work and every part of the plan filled in")
    void theCoordinatorSeesHerWork() {
        staffStartPage(
                "hulp@debrug.example",
                "Hanna Hulp",
                "Met de mentor van Michael een rooster voor de terugkeer maken",
                DemoJourneyTests::everyPartOfThePlanIsFilledIn);
    }

    /** PL-1, PL-3, PL-4, PL-5, PL-6, PL-7: the coordinator finds every tab and part of the Jansen plan filled in. */
    private static void everyPartOfThePlanIsFilledIn(Page page) {
        shows(page, plan(""), "Fatima woont met Michael (14) en Sara (9)");
        shows(page, plan("/provisions"), "Jeugdhulp De Brug");
        assertThat(page.locator("main")).containsText("Schuldhulp Op Orde");
        assertThat(page.locator("a[href$='/decision-request.pdf']").first()).isVisible();
        shows(page, plan("/life-areas"), "Oma Ans woont dichtbij en helpt elke week.");
        assertThat(page.locator("main svg[role=img]").first()).isVisible();
        assertAccessible(page);
        shows(page, plan("/consent"), DemoSteps.PURPOSE);
        shows(page, plan("/safety"), "Bij direct gevaar");
        shows(page, plan("/treatment-plans"), "Behandelplan gezinscoaching Michael");
        assertThat(page.locator("main")).containsText("Plan van aanpak schuldhulp");
        assertAccessible(page);
    }

    @Test
    @DisplayName(
            "G-2, PL-7: the professional with the overdue action sees it first, marked late, and his treatment plan")
    void theProfessionalSeesHisOverdueAction() {
        staffStartPage(
                "hulp@oporde.example",
                "Sem Schuld",
                "Alle schulden op een rij zetten en een afspraak maken met de schuldeisers",
                page -> {
                    assertThat(page.locator(".ep-next-step--overdue").first()).containsText("Te laat");
                    shows(page, plan("/treatment-plans"), "Plan van aanpak schuldhulp");
                });
    }

    @Test
    @DisplayName(
            "E-2, E-3, MON-1, IMP-3, IMP-4: both managers see the escalation, their figures, checklist and basic requirements")
    void theManagersSeeTheEscalation() {
        staffStartPage("manager@debrug.example", "Mila Manager", "Escalatie volgen", page -> {
            // MON-1, MON-2: De Brug coordinates seven of the demo's households.
            dashboardShows(page, "Organisatie Jeugdhulp De Brug", "7");
            // IMP-4: De Brug meets every basic requirement, IMP-3: as every item of its checklist is done.
            shows(
                    page,
                    baseUrl() + "/implementation/providers/" + organisation("Jeugdhulp De Brug"),
                    "Deze aanbieder voldoet aan alle basiseisen.");
            checklistDone(page, "Jeugdhulp De Brug");
        });
        staffStartPage("manager@oporde.example", "Olaf Orde", "Escalatie volgen", page -> {
            dashboardShows(page, "Organisatie Schuldhulp Op Orde", "6");
            shows(
                    page,
                    baseUrl() + "/implementation/providers/" + organisation("Schuldhulp Op Orde"),
                    "Deze aanbieder voldoet nog niet aan alle basiseisen.");
        });
    }

    @Test
    @DisplayName(
            "E-4, MON-1, MON-2, IMP-1, IMP-3, IMP-4: the contact point sees the escalation, the dashboard and the implementation")
    void theContactPointSeesTheEscalation() {
        staffStartPage("aanspreekpunt@voorbeeldstad.example", "Carla Contact", "Gezin Jansen", page -> {
            // MON-1, MON-2: through the menu to the municipality's figures, thirteen plans started.
            page.locator("nav")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cijfers"))
                    .first()
                    .click();
            assertThat(page).hasURL(Pattern.compile("/monitoring$"));
            dashboardShows(page, "Gemeente Voorbeeldstad", "13");
            page.setViewportSize(390, 844);
            assertAccessible(page);
            page.setViewportSize(1280, 800);
            // IMP-1: the municipality's frameworks; IMP-3: its checklist under way; IMP-4: the providers.
            shows(page, baseUrl() + "/implementation", "Gemeente Voorbeeldstad");
            page.locator("main a[href*='/implementation/frameworks/']").first().click();
            assertThat(page.locator("main")).containsText("Het toegangsteam wijst de regie toe.");
            assertAccessible(page);
            checklistUnderWay(page, "Gemeente Voorbeeldstad");
            shows(
                    page,
                    baseUrl() + "/implementation/municipalities/" + organisation("Gemeente Voorbeeldstad")
                            + "/providers",
                    "Jeugdhulp De Brug");
            assertThat(page.locator("main")).containsText("Schuldhulp Op Orde");
        });
    }

    @Test
    @DisplayName("H-2, R-8: the access team sees its decision to make and the intensive coordination it decided")
    void theAccessTeamSeesItsDecision() {
        staffStartPage(
                "toegang@voorbeeldstad.example",
                "Tim Toegang",
                "Besluiten over de aanvraag jeugdhulp voor Michael",
                // the access team decided on intensive coordination for the Jansen household.
                page -> shows(
                        page,
                        baseUrl() + "/households/" + jansen() + "/coordination",
                        "Uit het budget voor integrale aanpak"));
    }

    @Test
    @DisplayName("IMP-5: the administrator sees what to look after and the coordinators' training")
    void theAdministratorSeesWhatToLookAfter() {
        staffStartPage(
                "beheer@voorbeeldstad.example",
                "Bram Beheer",
                "Mensen uitnodigen en hun rollen beheren",
                // IMP-5: Hanna's trainings are on record.
                page -> shows(
                        page, baseUrl() + "/admin/people/" + account("hulp@debrug.example"), "Training voorzitten"));
    }

    /** Opens the page and waits for its content. */
    private static void shows(Page page, String url, String text) {
        page.navigate(url);
        assertThat(page.locator("main")).containsText(text);
        assertThat(page.locator("main")).not().containsText(NOT_TAKING_PART);
    }

    /**
     * MON-2: the dashboard shows the number of plans started, not suppressed. Monitoring reads the demo's
     * events after they were committed, so the page is loaded again until the figures are in.
     */
    private static void dashboardShows(Page page, String scope, String started) {
        var plans = page.locator("#figure-plans table");
        for (int attempt = 0; attempt < 30; attempt++) {
            page.navigate(baseUrl() + "/monitoring");
            if (plans.textContent().contains(started)) {
                break;
            }
            page.waitForTimeout(1000);
        }
        assertThat(page.locator("main h2").first()).containsText(scope);
        assertThat(plans).containsText(started);
        assertAccessible(page);
    }

    /** IMP-3, IMP-4: every item of the organisation's checklist is done. */
    private static void checklistDone(Page page, String organisation) {
        page.navigate(baseUrl() + "/implementation");
        page.locator("main a[href*='/implementation/checklists/']").first().click();
        assertThat(page.locator("main h1")).containsText(organisation);
        assertThat(page.locator("main")).containsText("Klaar");
        assertThat(page.locator("main")).not().containsText("Bezig");
    }

    /** IMP-3: the organisation's checklist has items done and under way. */
    private static void checklistUnderWay(Page page, String organisation) {
        page.navigate(baseUrl() + "/implementation");
        page.locator("main a[href*='/implementation/checklists/']").first().click();
        assertThat(page.locator("main h1")).containsText(organisation);
        assertThat(page.locator("main")).containsText("1 van ");
        assertThat(page.locator("main")).containsText("Bezig");
    }

    private static String plan(String tab) {
        return baseUrl() + "/households/" + jansen() + "/plan" + tab;
    }

    private static String jansen() {
        return id("select id from household where name = ?", "Gezin Jansen");
    }

    private static String organisation(String name) {
        return id("select id from organisation where name = ?", name);
    }

    private static String account(String email) {
        return id("select id from account where email = ?", email);
    }

    private static String id(String sql, String value) {
        return app.getBean(JdbcClient.class)
                .sql(sql)
                .param(value)
                .query(UUID.class)
                .single()
                .toString();
    }

    private static void staffStartPage(String email, String name, String work) {
        staffStartPage(email, name, work, page -> {});
    }

    private static void staffStartPage(String email, String name, String work, Consumer<Page> more) {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            StaffLogin.firstLogin(page, baseUrl(), email, password(email), name);
            startPageShows(page, "Welkom, " + name, work);
            more.accept(page);
        }
    }

    private static void startPageShows(Page page, String welcome, String work) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(welcome)))
                .isVisible();
        assertThat(page.locator(".ep-next-steps")).containsText(work);
        assertThat(page.locator("main")).not().containsText(NOT_TAKING_PART);
        assertAccessible(page);
    }

    private static void logIn(Page page, String email) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password(email));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
    }

    private static String password(String email) {
        assertThat(passwords).as("the demo logins are printed").containsKey(email);
        return passwords.get(email);
    }

    private static String baseUrl() {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Writes to the console and keeps a copy, to read the logins the demo prints once. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
