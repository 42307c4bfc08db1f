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

/**
 * EenPlan started as a new user starts it, with the demo on: every printed login works, and every demo
 * role lands on real work in the Jansen case (H-2, R-1, C-1, G-2, M-3, E-1), in the browser with axe.
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
    @DisplayName("H-1, C-1: the mother goes straight to her plan, established, with goals and her action")
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
    @DisplayName("R-1, E-1: the coordinator sees her action, the escalation step she owns and the round table")
    void theCoordinatorSeesHerWork() {
        staffStartPage(
                "hulp@debrug.example", "Hanna Hulp", "Met de mentor van Michael een rooster voor de terugkeer maken");
    }

    @Test
    @DisplayName("G-2: the professional with the overdue action sees it first, marked late")
    void theProfessionalSeesHisOverdueAction() {
        staffStartPage(
                "hulp@oporde.example",
                "Sem Schuld",
                "Alle schulden op een rij zetten en een afspraak maken met de schuldeisers",
                page -> assertThat(page.locator(".ep-next-step--overdue").first())
                        .containsText("Te laat"));
    }

    @Test
    @DisplayName("E-2, E-3: both managers see the open escalation")
    void theManagersSeeTheEscalation() {
        staffStartPage("manager@debrug.example", "Mila Manager", "Escalatie volgen");
        staffStartPage("manager@oporde.example", "Olaf Orde", "Escalatie volgen");
    }

    @Test
    @DisplayName("E-4: the municipal contact point sees the open escalation in its municipality")
    void theContactPointSeesTheEscalation() {
        staffStartPage("aanspreekpunt@voorbeeldstad.example", "Carla Contact", "Gezin Jansen");
    }

    @Test
    @DisplayName("H-2: the access team, which registered the household, sees its decision to make")
    void theAccessTeamSeesItsDecision() {
        staffStartPage(
                "toegang@voorbeeldstad.example", "Tim Toegang", "Besluiten over de aanvraag jeugdhulp voor Michael");
    }

    @Test
    @DisplayName("The administrator sees what to look after")
    void theAdministratorSeesWhatToLookAfter() {
        staffStartPage("beheer@voorbeeldstad.example", "Bram Beheer", "Mensen uitnodigen en hun rollen beheren");
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
