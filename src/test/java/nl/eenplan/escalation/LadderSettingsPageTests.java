package nl.eenplan.escalation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.eenplan.testing.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.testing.Browser;
import nl.eenplan.testing.StaffLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Administrators set each municipality's escalation ladder and stagnation prompt (E-6, G-4). */
class LadderSettingsPageTests extends EscalationTest {

    private static final Pattern SEEN = Pattern.compile("name=\"seen\" value=\"([^\"]*)\"");

    private AccountPrincipal administrator;
    private RequestPostProcessor admin;
    private String page;

    @BeforeEach
    void anAdministrator() {
        var account = accounts.createActive(uniqueEmail("beheer"), "Ada Beheer", AccountKind.ADMINISTRATOR, PASSWORD);
        administrator = new AccountPrincipal(account.id(), account.email(), account.displayName(), account.kind());
        admin = authentication(UsernamePasswordAuthenticationToken.authenticated(
                administrator,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))));
        page = "/admin/organisations/" + municipality.id() + "/escalation";
    }

    @Test
    @DisplayName(
            "E-6, G-4: the terms an administrator saves are the municipality's ladder, prompt rule and new escalations' terms")
    void savedTermsGovernTheMunicipality() throws Exception {
        mvc.perform(get(page).with(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Stap 3: De leidinggevenden samen"),
                                containsString("Aan zet: het gemeentelijk aanspreekpunt."),
                                containsString("Deze gemeente gebruikt nu de termijnen van de methode."))));

        mvc.perform(save("15", "3", "4", "21", "6", "10", "2"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "escalation.settings.saved"));

        assertThat(settings.promptsOf(municipality.id())).isEqualTo(new StagnationPrompts(15));
        assertThat(settings.ladderOf(municipality.id()))
                .isEqualTo(new EscalationLadder(List.of(
                        new LadderStep(1, StepOwner.COORDINATOR, null, 3, false),
                        new LadderStep(2, StepOwner.COORDINATOR, null, 4, false),
                        new LadderStep(3, StepOwner.MANAGERS, 21, 6, true),
                        new LadderStep(4, StepOwner.CONTACT_POINT, 10, 2, false))));
        var elsewhere = organisations.found("Gemeente " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY, null);
        assertThat(settings.ladderOf(elsewhere.id())).isEqualTo(EscalationLadder.standard());
        assertThat(settings.promptsOf(elsewhere.id()).overdueWorkingDays()).isEqualTo(10);
        mvc.perform(get(page).with(admin))
                .andExpect(content()
                        .string(allOf(
                                containsString("Deze gemeente heeft eigen afspraken."),
                                containsString("value=\"21\""),
                                containsString("Terug naar de termijnen van de methode"))));
        assertThat(changes()).isEqualTo(1);

        // Monday 1 March 2027 plus three working days, instead of the method's five (8 March).
        assertThat(petersEscalation().current().commitmentDue()).isEqualTo(LocalDate.of(2027, 3, 4));
    }

    @Test
    @DisplayName(
            "E-6, G-4: empty, text, zero and too large terms are explained next to their fields and nothing is stored")
    void mistakesAreExplainedAndNothingIsStored() throws Exception {
        mvc.perform(save(" ", "vijf", "0", "61", "41", "-3", "99999999999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Niet alles is goed ingevuld."),
                                containsString("Vul een aantal dagen in."),
                                containsString("Vul een heel getal in, bijvoorbeeld 5."),
                                containsString("Kies een getal van 1 tot en met 40."),
                                containsString("Kies een getal van 1 tot en met 60."),
                                containsString("value=\"vijf\""),
                                containsString("aria-describedby=\"step1Commitment-hint step1Commitment-error\""))));
        mvc.perform(save("61", "5", "5", "14", "5", "7", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies een getal van 1 tot en met 60.")));
        mvc.perform(post(page).with(admin).with(csrf()).param("seen", seen()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vul een aantal dagen in.")));

        assertThat(settings.hasOwnSettings(municipality.id())).isFalse();
        assertThat(settings.ladderOf(municipality.id())).isEqualTo(EscalationLadder.standard());
        assertThat(settings.promptsOf(municipality.id()).overdueWorkingDays()).isEqualTo(10);
        assertThat(changes()).isZero();
    }

    @Test
    @DisplayName("E-6: back to the method's default removes the municipality's own ladder and prompt rule")
    void backToTheMethodsDefault() throws Exception {
        mvc.perform(save("20", "2", "2", "7", "3", "3", "3")).andExpect(redirectedUrl(page));
        assertThat(settings.hasOwnSettings(municipality.id())).isTrue();

        mvc.perform(post(page + "/default").with(admin).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "escalation.settings.restored"));

        assertThat(settings.hasOwnSettings(municipality.id())).isFalse();
        assertThat(settings.ladderOf(municipality.id())).isEqualTo(EscalationLadder.standard());
        assertThat(settings.promptsOf(municipality.id()).overdueWorkingDays()).isEqualTo(10);
        assertThat(changes()).isEqualTo(2);
        assertThat(petersEscalation().current().commitmentDue()).isEqualTo(LocalDate.of(2027, 3, 8));
    }

    @Test
    @DisplayName("E-6: terms changed by someone else in the meantime are not overwritten")
    void aChangeMeanwhileIsNotOverwritten() throws Exception {
        var shown = seen();
        settings.choose(municipality.id(), administrator.id(), EscalationLadder.standard(), new StagnationPrompts(12));

        mvc.perform(post(page)
                        .with(admin)
                        .with(csrf())
                        .param("seen", shown)
                        .param("overdueWorkingDays", "30")
                        .param("step1Commitment", "5")
                        .param("step2Commitment", "5")
                        .param("step3FirstTerm", "14")
                        .param("step3Commitment", "5")
                        .param("step4FirstTerm", "7")
                        .param("step4Commitment", "5"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("conflict", "escalation.settings.changedMeanwhile"));

        assertThat(settings.promptsOf(municipality.id()).overdueWorkingDays()).isEqualTo(12);
    }

    @Test
    @DisplayName("E-6: only municipalities have a ladder of their own")
    void onlyMunicipalities() throws Exception {
        for (var id : List.of(youthCare.id(), UUID.randomUUID())) {
            var other = "/admin/organisations/" + id + "/escalation";
            mvc.perform(get(other).with(admin)).andExpect(status().isNotFound());
            mvc.perform(post(other).with(admin).with(csrf()).param("overdueWorkingDays", "5"))
                    .andExpect(status().isNotFound());
            mvc.perform(post(other + "/default").with(admin).with(csrf())).andExpect(status().isNotFound());
        }
    }

    @Test
    @DisplayName("E-6: only administrators set a municipality's ladder; others are refused and nothing changes")
    void othersAreRefused() throws Exception {
        mvc.perform(get(page).with(as(carla))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/default").with(as(mia)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page)
                        .with(as(carla))
                        .with(csrf())
                        .param("overdueWorkingDays", "1")
                        .param("seen", seen()))
                .andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));

        assertThat(settings.hasOwnSettings(municipality.id())).isFalse();
    }

    @Test
    @DisplayName("E-6, G-4: the page works for an administrator on a phone and meets WCAG 2.1 AA, errors included")
    void anAdministratorOnAPhone() throws Exception {
        try (var context = Browser.phone()) {
            var browser = context.newPage();
            StaffLogin.firstLogin(browser, baseUrl(), administrator.email(), PASSWORD, administrator.displayName());
            browser.navigate(baseUrl() + "/admin/organisations");
            browser.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Vastlopen en opschalen in " + municipality.name()))
                    .click();
            assertThat(browser.getByRole(
                            AriaRole.GROUP, new Page.GetByRoleOptions().setName("Stap 4: Gemeentelijk aanspreekpunt")))
                    .isVisible();
            assertAccessible(browser);

            browser.getByLabel("Na hoeveel werkdagen te laat?").fill("tien");
            browser.locator("#step3FirstTerm").fill("0");
            button(browser, "Afspraken opslaan").click();
            assertThat(browser.getByText("Vul een heel getal in, bijvoorbeeld 5."))
                    .isVisible();
            assertThat(browser.getByText("Kies een getal van 1 tot en met 60.")).isVisible();
            assertAccessible(browser);

            browser.getByLabel("Na hoeveel werkdagen te laat?").fill("8");
            browser.locator("#step3FirstTerm").fill("10");
            button(browser, "Afspraken opslaan").click();
            assertThat(browser.getByText("De afspraken zijn opgeslagen.")).isVisible();
            assertAccessible(browser);
            assertThat(settings.ladderOf(municipality.id()).step(3).firstTermDays())
                    .isEqualTo(10);

            button(browser, "Terug naar de termijnen van de methode").click();
            assertThat(browser.getByText("Deze gemeente gebruikt weer de termijnen van de methode."))
                    .isVisible();
            assertAccessible(browser);
        }
        assertThat(settings.hasOwnSettings(municipality.id())).isFalse();
    }

    private MockHttpServletRequestBuilder save(
            String overdue,
            String step1,
            String step2,
            String step3Meeting,
            String step3,
            String step4Record,
            String step4)
            throws Exception {
        return post(page)
                .with(admin)
                .with(csrf())
                .param("seen", seen())
                .param("overdueWorkingDays", overdue)
                .param("step1Commitment", step1)
                .param("step2Commitment", step2)
                .param("step3FirstTerm", step3Meeting)
                .param("step3Commitment", step3)
                .param("step4FirstTerm", step4Record)
                .param("step4Commitment", step4);
    }

    /** The terms the page shows now, as the page hands them back when saving. */
    private String seen() throws Exception {
        var html = mvc.perform(get(page).with(admin)).andReturn().getResponse().getContentAsString();
        var matcher = SEEN.matcher(html);
        assertThat(matcher.find()).as("the page carries the terms it shows").isTrue();
        return matcher.group(1);
    }

    private int changes() {
        return jdbc.sql("select count(*) from audit_entry where event = ? and subject_id = ? and account_id = ?")
                .params(LadderSettings.CHANGED, municipality.id().toString(), administrator.id())
                .query(Integer.class)
                .single();
    }

    private static com.microsoft.playwright.Locator button(Page browser, String name) {
        return browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
