package nl.eenplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.EenPlanTest;
import nl.eenplan.testing.MainMenu;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared plan from registration to handover, in real browsers: a professional at her desk, the
 * mother on her phone, and the colleague who takes over. Only the staff accounts and organisations
 * are made beforehand; everything else happens on the pages. Each page is checked for WCAG once for
 * every shape it takes in the journey (with errors, with a notice, on the phone), to keep the run short.
 */
class PlanJourneyTests extends EenPlanTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";
    private static final String HOUSEHOLD = "Gezin Jansen";
    private static final String SCHOOL = "Sara gaat elke dag naar school";
    private static final String MONEY = "Er is rust in de geldzaken";
    private static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrganisationDirectory organisations;

    private Organisation municipality;
    private Organisation youthCare;
    private Organisation neighbourhoodTeam;
    private String hannaEmail;
    private String noorEmail;
    private final String fatimaEmail = uniqueEmail("fatima");
    private final String grandmaEmail = uniqueEmail("riet");
    private String householdId;

    @Test
    @DisplayName("H-1, H-2, H-3, C-1, R-1, R-7, G-2, G-3, PL-9: a professional registers a household, records"
            + " consent and invites the mother; the household chooses a coordinator; goals and actions are agreed; the plan is"
            + " established and sent round; a goal is evaluated; the coordinator hands over")
    void aHouseholdAndItsTeamAgreeAPlanAndHandOverCoordination() throws Exception {
        twoProfessionalsOfTwoProviders();
        try (var desk = Browser.desktop();
                var phone = Browser.phone()) {
            var hanna = desk.newPage();
            var fatima = phone.newPage();
            aProfessionalRegistersTheHouseholdAndInvitesTheMother(hanna);
            theMotherLogsInAndTheHouseholdChoosesTheCoordinator(fatima);
            theHouseholdChoosesWhoElseGetsACopy(fatima);
            goalsAndActionsAreAgreed(fatima, hanna);
            thePlanIsEstablishedAndSentRound(hanna, fatima);
            aGoalIsEvaluatedAndTheVersionsAreCompared(hanna);
            theCoordinatorHandsOver(hanna, fatima);
        }
    }

    private void twoProfessionalsOfTwoProviders() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        municipality = organisations.found("Gemeente " + suffix, OrganisationKind.MUNICIPALITY, null);
        youthCare = organisations.found("Jeugdzorg " + suffix, OrganisationKind.PROVIDER, municipality.id());
        neighbourhoodTeam = organisations.found("Wijkteam " + suffix, OrganisationKind.PROVIDER, municipality.id());
        hannaEmail = staff("Hanna Hulp", youthCare);
        noorEmail = staff("Noor de Vries", neighbourhoodTeam);
    }

    /**
     * H-1, H-2, C-1: the household, its members and parental authority; the family consents to sharing
     * the plan with Hanna's organisation; the mother is invited to log in.
     */
    private void aProfessionalRegistersTheHouseholdAndInvitesTheMother(Page page) {
        logInWithNewApp(page, hannaEmail, "Hanna Hulp");
        assertAccessible(page);

        link(page, "Nieuw gezin aanmelden").click();
        assertThat(heading(page, "Nieuw gezin aanmelden")).isVisible();
        button(page, "Gezin aanmelden").click();
        assertThat(page.getByText("Voeg minstens één gezinslid toe.").first()).isVisible();
        assertAccessible(page);

        page.getByLabel("Naam van het gezin").fill(HOUSEHOLD);
        page.getByLabel("Gemeente").selectOption(municipality.id().toString());
        page.getByLabel("Postcode").fill("2801 AB");
        member(page, 1, "Fatima", "1990-03-12", "moeder");
        member(page, 2, "Sara", TODAY.minusYears(9).minusMonths(3).toString(), "dochter");
        button(page, "Gezin aanmelden").click();

        assertThat(heading(page, "Team van " + HOUSEHOLD)).isVisible();
        assertThat(page.getByText("Het gezin is aangemeld.")).isVisible();
        householdId = page.url().replaceAll(".*/households/([^/]+)/team.*", "$1");

        group(page, "Wie heeft het gezag over Sara Jansen?")
                .getByLabel("Fatima Jansen (moeder)")
                .check();
        button(page, "Gezag over Sara Jansen opslaan").click();
        assertThat(page.getByText("Het gezag is opgeslagen.")).isVisible();

        // C-1: Fatima consents for herself and, with authority, for Sara; then Hanna sees the plan.
        link(page, "Toestemming vastleggen").click();
        consent(page, "Fatima Jansen", "Fatima Jansen");
        consent(page, "Sara Jansen", "Fatima Jansen");
        page.navigate(baseUrl() + "/households/" + householdId + "/team");

        button(page, "Uitnodiging versturen").click();
        assertThat(page.getByText("Kies wie u wilt uitnodigen.")).isVisible();
        assertAccessible(page);
        page.getByLabel("Wie nodigt u uit?").selectOption(new SelectOption().setLabel("Fatima Jansen (moeder)"));
        page.getByLabel("E-mailadres").fill(fatimaEmail);
        button(page, "Uitnodiging versturen").click();
        assertThat(page.getByText("De uitnodiging is verstuurd.")).isVisible();
        assertThat(row(page, "Fatima Jansen").getByRole(AriaRole.CELL).last()).hasText("Ja");

        // without a coordinator the plan cannot be established.
        link(page, "Naar het plan").click();
        assertThat(page.getByText("Er is nog geen regisseur gekozen.")).isVisible();
        link(page, "2. Doelen en afspraken").click();
        button(page, "Plan vaststellen").click();
        assertThat(link(page, "Kies eerst een regisseur. Daarna kunt u het plan vaststellen."))
                .isVisible();
        assertAccessible(page);
    }

    /** C-1, C-2: consent about one member, for the plan, with everyone of Hanna's organisation. */
    private void consent(Page page, String member, String... givenBy) {
        link(page, "Toestemming vastleggen").click();
        page.getByLabel("Over wie gaat de informatie?").selectOption(new SelectOption().setLabel(member));
        page.getByLabel("Waarvoor wordt de informatie gedeeld?").fill("Samen werken aan het plan");
        page.getByLabel("Het plan").check();
        page.getByLabel("Iedereen van " + youthCare.name()).check();
        for (var person : givenBy) {
            page.getByLabel(person, new Page.GetByLabelOptions().setExact(true)).check();
        }
        button(page, "Toestemming vastleggen").click();
        assertThat(page.getByText("De toestemming is vastgelegd.")).isVisible();
    }

    /** the household chooses its coordinator; everyone in the team sees who it is. */
    private void theMotherLogsInAndTheHouseholdChoosesTheCoordinator(Page page) throws Exception {
        var invitation = awaitMail(fatimaEmail, "Uitnodiging voor EenPlan");
        page.navigate(linkIn(body(invitation)));
        assertThat(page.getByText("Welkom Fatima Jansen")).isVisible();
        assertAccessible(page);
        page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
        page.getByLabel("Herhaal het wachtwoord").fill(PASSWORD);
        button(page, "Wachtwoord opslaan").click();
        assertThat(page.getByText("Uw wachtwoord is opgeslagen.")).isVisible();
        assertAccessible(page);

        // A citizen logs in with her password alone.
        logIn(page, fatimaEmail);
        // H-1: a member of one household goes straight to her plan.
        assertThat(heading(page, "Plan van " + HOUSEHOLD)).isVisible();
        myWork(page);
        assertAccessible(page);
        link(page, HOUSEHOLD).click();
        assertThat(heading(page, "Plan van " + HOUSEHOLD)).isVisible();

        link(page, "Regie bekijken of kiezen").click();
        assertThat(page.getByText("Er is nog geen regisseur.")).isVisible();
        page.getByLabel("Regisseur", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Hanna Hulp (" + youthCare.name() + ")"));
        page.getByLabel("Casusregie: iemand uit het team houdt de regie over het plan")
                .check();
        page.getByLabel("Het gezin", new Page.GetByLabelOptions().setExact(true))
                .check();
        button(page, "Regie opslaan").click();
        assertThat(page.getByText("De regie is opgeslagen.")).isVisible();
        assertThat(row(page, "Regisseur")).containsText("Hanna Hulp, " + youthCare.name());
        assertThat(row(page, "Vorm van regie")).containsText("Casusregie");
        assertThat(row(page, "Wie heeft gekozen?")).containsText("Het gezin");
        assertAccessible(page);

        link(page, "Naar het plan").click();
        assertThat(page.getByText("Hanna Hulp heeft de regie.")).isVisible();
        assertThat(page.getByText("Casusregie, niet complex.")).isVisible();
        // the professionals hear that coordination has started.
        assertThat(body(awaitMail(hannaEmail, "Regie vastgelegd in EenPlan")))
                .contains(MAIL_BASE_URL + "/households/" + householdId + "/plan");
    }

    /** H-2, H-3: the mother adds grandma to the team and decides that she gets a copy of the plan. */
    private void theHouseholdChoosesWhoElseGetsACopy(Page page) {
        link(page, "Wie doen er mee").click();
        assertThat(heading(page, "Team van " + HOUSEHOLD)).isVisible();
        link(page, "Iemand toevoegen").click();
        assertAccessible(page);
        page.getByLabel("Iemand uit het netwerk: familie, een vriend of een buur")
                .check();
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Riet Bakker");
        page.getByLabel("Relatie met het gezin").fill("oma van Sara");
        page.getByLabel("woensdag").check();
        page.getByLabel("E-mailadres").fill(grandmaEmail);
        button(page, "Toevoegen").click();
        assertThat(page.getByText("De persoon is toegevoegd aan het team.")).isVisible();
        assertThat(row(page, "Riet Bakker")).containsText("Krijgt geen kopie");

        page.getByLabel("Riet Bakker (oma van Sara)").check();
        button(page, "Keuze opslaan").click();
        assertThat(page.getByText("De keuze is opgeslagen.")).isVisible();
        assertThat(row(page, "Riet Bakker")).containsText("Krijgt een kopie van het plan");
        assertAccessible(page);
    }

    /** G-2: the mother and the professional each write a goal, with who does what and when. */
    private void goalsAndActionsAreAgreed(Page fatima, Page hanna) {
        link(fatima, "Naar het plan").click();
        link(fatima, "2. Doelen en afspraken").click();
        fatima.getByLabel("Doel", new Page.GetByLabelOptions().setExact(true)).fill(SCHOOL);
        button(fatima, "Doel toevoegen").click();
        assertThat(fatima.getByText("Het doel is toegevoegd.")).isVisible();
        var school = goal(fatima, SCHOOL);
        school.getByText("Actie toevoegen aan dit doel").click();
        button(school, "Actie toevoegen").click();
        assertThat(link(fatima, "Schrijf op wat er gebeurt.")).isVisible();
        assertAccessible(fatima);
        addAction(
                goal(fatima, SCHOOL),
                "Elke avond de wekker zetten en samen ontbijten",
                TODAY.plusDays(7),
                "Fatima Jansen (moeder)");
        assertThat(fatima.getByText("De actie is toegevoegd.")).isVisible();

        myWork(hanna);
        link(hanna, HOUSEHOLD).click();
        assertThat(hanna.getByText("Hanna Hulp heeft de regie.")).isVisible();
        link(hanna, "2. Doelen en afspraken").click();
        hanna.getByLabel("Doel", new Page.GetByLabelOptions().setExact(true)).fill(MONEY);
        button(hanna, "Doel toevoegen").click();
        var money = goal(hanna, MONEY);
        money.getByText("Actie toevoegen aan dit doel").click();
        addAction(
                money,
                "Samen de rekeningen en schulden op een rij zetten",
                TODAY.plusDays(14),
                "Hanna Hulp (" + youthCare.name() + ")",
                "Fatima Jansen (moeder)");
        assertThat(hanna.getByText("De actie is toegevoegd.")).isVisible();
        assertThat(goal(hanna, SCHOOL)).containsText("Elke avond de wekker zetten en samen ontbijten");
        assertThat(goal(hanna, MONEY)).containsText("Fatima Jansen, Hanna Hulp");
        assertAccessible(hanna);
    }

    /** PL-9, H-3: version 1 goes round by e-mail: a link for each copy recipient, no data about the family. */
    private void thePlanIsEstablishedAndSentRound(Page hanna, Page fatima) throws Exception {
        button(hanna, "Plan vaststellen").click();
        assertThat(heading(hanna, "Versie 1 van het plan van " + HOUSEHOLD)).isVisible();
        assertThat(hanna.getByText("Het plan is vastgesteld.")).isVisible();
        button(hanna, "Versie rondsturen").click();
        assertThat(hanna.getByText("De versie is verstuurd aan 3 betrokkenen.")).isVisible();
        assertAccessible(hanna);

        var versionLink = MAIL_BASE_URL + "/households/" + householdId + "/plan/versions/1";
        for (var recipient : new String[] {hannaEmail, fatimaEmail, grandmaEmail}) {
            var copy = awaitMail(recipient, "Nieuwe versie van een plan in EenPlan");
            assertThat(body(copy))
                    .contains(versionLink)
                    .doesNotContain("Jansen")
                    .doesNotContain("Fatima")
                    .doesNotContain("Sara");
        }

        fatima.navigate(linkIn(body(awaitMail(fatimaEmail, "Nieuwe versie van een plan in EenPlan"))));
        assertThat(heading(fatima, "Versie 1 van het plan van " + HOUSEHOLD)).isVisible();
        assertThat(fatima.getByText("Hanna Hulp heeft de regie.")).isVisible();
        assertAccessible(fatima);
    }

    /** G-3, PL-9: a reached goal is evaluated and closed; the new version is compared with the first. */
    private void aGoalIsEvaluatedAndTheVersionsAreCompared(Page page) {
        link(page, "Terug naar het plan").click();
        link(page, "2. Doelen en afspraken").click();
        link(page, "Doel evalueren: " + SCHOOL).click();
        assertThat(heading(page, "Doel evalueren")).isVisible();
        button(page, "Evaluatie opslaan").click();
        assertThat(link(page, "Kies of het doel is bereikt.")).isVisible();
        assertAccessible(page);
        group(page, "Is het doel bereikt?").getByLabel("Ja").check();
        page.getByLabel("Wat is er bereikt?").fill("Sara was deze maand elke dag op tijd op school.");
        button(page, "Evaluatie opslaan").click();

        assertThat(page.getByText("Gefeliciteerd! Dit doel is bereikt.")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(SCHOOL + " Bereikt$"))))
                .isVisible();
        assertThat(page.getByText("Dit is bereikt: Sara was deze maand elke dag op tijd op school."))
                .isVisible();
        assertThat(page.getByText("Gewijzigd sinds versie 1.")).isVisible();
        assertAccessible(page);

        button(page, "Plan vaststellen").click();
        assertThat(heading(page, "Versie 2 van het plan van " + HOUSEHOLD)).isVisible();
        link(page, "Vergelijken met de vorige versie").click();
        assertThat(heading(page, "Versie 1 en versie 2 vergelijken")).isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Stand van het doel gewijzigd")))
                .isVisible();
        assertThat(page.getByText("Bereikt", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertAccessible(page);
        link(page, "Alle versies").click();
        assertThat(link(page, "Versie 2")).isVisible();
        assertAccessible(page);
    }

    /** a colleague of another provider joins the team and takes over; the history keeps both. */
    private void theCoordinatorHandsOver(Page hanna, Page fatima) throws Exception {
        link(hanna, "Terug naar het plan").click();
        link(hanna, "Wie doen er mee").click();
        link(hanna, "Iemand toevoegen").click();
        hanna.getByLabel("Een hulpverlener van een organisatie").check();
        hanna.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Noor de Vries");
        hanna.getByLabel("Relatie met het gezin").fill("jeugdverpleegkundige");
        hanna.getByLabel("Organisatie", new Page.GetByLabelOptions().setExact(true))
                .selectOption(neighbourhoodTeam.id().toString());
        hanna.getByLabel("E-mailadres").fill(noorEmail);
        button(hanna, "Toevoegen").click();
        assertThat(hanna.getByText("De persoon is toegevoegd aan het team.")).isVisible();

        hanna.getByLabel("Wie nodigt u uit?")
                .selectOption(new SelectOption().setLabel("Noor de Vries (jeugdverpleegkundige)"));
        button(hanna, "Uitnodiging versturen").click();
        assertThat(hanna.getByText("Dit e-mailadres had al een account.")).isVisible();

        link(hanna, "Wie heeft de regie?").click();
        hanna.getByLabel("Nieuwe regisseur")
                .selectOption(new SelectOption().setLabel("Noor de Vries (jeugdverpleegkundige)"));
        hanna.getByLabel("Wat is er afgesproken?").fill("Noor neemt de geldzaken over. Fatima weet ervan.");
        button(hanna, "Regie overdragen").click();
        assertThat(hanna.getByText("De regie is overgedragen.")).isVisible();
        assertThat(row(hanna, "Regisseur")).containsText("Noor de Vries, " + neighbourhoodTeam.name());
        var history = hanna.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Wie had wanneer de regie"));
        assertThat(history.getByRole(AriaRole.ROW)).hasCount(3);
        var hannasPeriod = history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Hanna Hulp"));
        var noorsPeriod =
                history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Noor de Vries"));
        assertThat(hannasPeriod).not().containsText("Nu nog");
        assertThat(noorsPeriod).containsText("Nu nog");
        assertThat(noorsPeriod).containsText("Noor neemt de geldzaken over.");
        assertAccessible(hanna);

        var handover = body(awaitMail(noorEmail, "Regie overgedragen in EenPlan"));
        assertThat(handover)
                .contains(MAIL_BASE_URL + "/households/" + householdId + "/plan")
                .doesNotContain("Jansen");

        link(fatima, "Terug naar het plan").click();
        assertThat(fatima.getByText("Noor de Vries heeft de regie.")).isVisible();
    }

    private String staff(String name, Organisation organisation) {
        var email = uniqueEmail(name.split(" ")[0].toLowerCase());
        var account = accounts.createActive(email, name, AccountKind.STAFF, PASSWORD);
        organisations.assign(account.id(), organisation.id(), StaffRole.PROFESSIONAL);
        return email;
    }

    private void member(Page page, int number, String givenName, String dateOfBirth, String relation) {
        var row = group(page, "Gezinslid " + number);
        row.getByLabel("Voornaam").fill(givenName);
        row.getByLabel("Achternaam").fill("Jansen");
        row.getByLabel("Geboortedatum", new Locator.GetByLabelOptions().setExact(true))
                .fill(dateOfBirth);
        row.getByLabel("Wie is dit in het gezin?").fill(relation);
    }

    private static void addAction(Locator goal, String what, LocalDate start, String... who) {
        goal.getByLabel("Wat gebeurt er?").fill(what);
        for (var person : who) {
            goal.getByLabel(person).check();
        }
        goal.getByLabel("Startdatum").fill(start.toString());
        goal.getByLabel("Klaar op").fill(start.plusWeeks(6).toString());
        goal.getByLabel("Evaluatie op").fill(start.plusWeeks(8).toString());
        button(goal, "Actie toevoegen").click();
    }

    private void logIn(Page page, String email) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        button(page, "Inloggen").click();
    }

    /** Staff log in with a second factor: the first time, they link an authenticator app. */
    private void logInWithNewApp(Page page, String email, String name) {
        logIn(page, email);
        assertThat(heading(page, "Beveilig uw account met een app")).isVisible();
        assertAccessible(page);
        StaffLogin.enrol(page, name);
    }

    private void myWork(Page page) {
        MainMenu.link(page, "Mijn werk").click();
        assertThat(heading(page, "Mijn werk")).isVisible();
    }

    /** Waits for the mail with this subject to this address, passing over earlier mail to it. */
    private static MimeMessage awaitMail(String recipient, String subject) throws Exception {
        var deadline = Instant.now().plusSeconds(10);
        while (true) {
            var received = SMTP.getReceivedMessages();
            for (var message : received) {
                if (subject.equals(message.getSubject())
                        && Arrays.stream(message.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    return message;
                }
            }
            // GreenMail wakes this up as soon as the next mail arrives.
            var left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0 || !SMTP.waitForIncomingEmail(left, received.length + 1)) {
                throw new AssertionError("no mail '" + subject + "' to " + recipient + " within ten seconds");
            }
        }
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private static Locator goal(Page page, String title) {
        return page.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))));
    }

    private static Locator group(Page page, String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
    }

    /**
     * The row of a table whose header cell is exactly this; on a phone the stacked row's header cell
     * starts with its column's name ("Naam: ").
     */
    private static Locator row(Page page, String header) {
        return page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.ROWHEADER,
                                new Page.GetByRoleOptions()
                                        .setName(Pattern.compile(
                                                "^(.+: )?" + header.replaceAll("[^\\p{L}\\p{N} ]", "\\\\$0") + "$")))));
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

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
