package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.plan.NewAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The escalation pages over HTTP: who sees what, refusals next to their field, conflicts. */
class EscalationPagesTests extends EscalationTest {

    @Autowired
    Clock clock;

    AccountPrincipal outsider;

    @BeforeEach
    void anOverdueActionAndAnOutsider() {
        // The pages count from the real day: this action is well overdue whenever the test runs.
        var target = LocalDate.now(clock).minusDays(40);
        planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(
                        "Formulieren ophalen", Set.of(participant(peter).id()), target.minusDays(7), target, target));
        outsider = staff("Olga Buiten", debtHelp, StaffRole.PROFESSIONAL);
    }

    String plan() {
        return "/households/" + household + "/plan";
    }

    String escalations() {
        return "/households/" + household + "/escalations";
    }

    void recordNoCommitment(Escalation e) {
        progress.recordOutcome(
                household,
                e.id(),
                hanna.id(),
                e.version(),
                new StepOutcome(Outcome.NO_COMMITMENT, null, null, null, null, null),
                TODAY);
    }

    @Test
    @DisplayName("G-4: tab 2 of the plan shows the stagnation prompt to the coordinator only")
    void thePlanPagePromptsTheCoordinator() throws Exception {
        mvc.perform(get(plan() + "/approach").with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vastlopen en opschalen")))
                .andExpect(content().string(containsString("werkdagen te laat")))
                .andExpect(content().string(containsString("Formulieren ophalen")));
        mvc.perform(get(plan() + "/approach").with(as(peter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vastlopen en escalaties bekijken")))
                .andExpect(content().string(not(containsString("werkdagen te laat"))));
    }

    @Test
    @DisplayName("E-1: signalling from the page starts step 1 and leads to the escalation")
    void signallingFromThePage() throws Exception {
        var result = mvc.perform(post(escalations())
                        .with(as(hanna))
                        .with(csrf())
                        .param("agreement", action + "/" + participant(peter).id())
                        .param("note", "Geen reactie op twee mails"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(escalations() + "/");

        mvc.perform(get(location).with(as(hanna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stap 1: Gesprek met de hulpverlener")))
                .andExpect(content().string(containsString("Peter Traag, " + debtHelp.name())))
                .andExpect(content().string(containsString("Toezegging uiterlijk op")));
    }

    @Test
    @DisplayName("G-4: a signal without a chosen agreement is explained next to the field")
    void aSignalWithoutAgreementIsExplained() throws Exception {
        mvc.perform(post(escalations()).with(as(hanna)).with(csrf()).param("agreement", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Kies een afspraak en wie die niet nakomt.")))
                .andExpect(content().string(containsString("href=\"#signal-agreement\"")));
    }

    @Test
    @DisplayName(
            "E-5, X-1: an unrelated manager and a professional outside the team get 404; a related manager sees the escalation, not the plan, and the read is logged")
    void onlyPartiesSeeTheEscalation() throws Exception {
        var e = petersEscalation();
        var page = escalations() + "/" + e.id();

        mvc.perform(get(page).with(as(otherManager))).andExpect(status().isNotFound());
        mvc.perform(get(escalations()).with(as(otherManager))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(plan()).with(as(bram))).andExpect(status().isNotFound());

        mvc.perform(get(page).with(as(bram)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aanvraag schuldhulp indienen")))
                .andExpect(content().string(not(containsString("href=\"/households/" + household + "/plan\""))));
        assertThat(auditEvents(bram)).contains("ESCALATION_READ");
        mvc.perform(get("/escalations").with(as(carla)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gezin " + familyName)));
    }

    @Test
    @DisplayName("E-2..E-4: asking to skip a step is refused with a clear message")
    void skippingAStepIsRefused() throws Exception {
        var e = petersEscalation();
        recordNoCommitment(e);

        mvc.perform(post(escalations() + "/" + e.id() + "/raise")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(found(e.id()).version()))
                        .param("toStep", "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("U kunt geen stap overslaan.")));
        assertThat(found(e.id()).currentStep()).isEqualTo(1);
    }

    @Test
    @DisplayName("A stale outcome is not stored; the page explains someone else changed the escalation (409)")
    void aStaleWriteIsExplained() throws Exception {
        var e = petersEscalation();
        recordNoCommitment(e);

        mvc.perform(post(escalations() + "/" + e.id() + "/outcome")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(e.version()))
                        .param("outcome", "COMMITMENT")
                        .param("agreements", "Peter belt")
                        .param("agreementDue", "2027-03-10"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft deze escalatie net veranderd.")));
        mvc.perform(post(escalations() + "/" + e.id() + "/outcome")
                        .with(as(hanna))
                        .with(csrf())
                        .param("version", String.valueOf(found(e.id()).version()))
                        .param("outcome", "COMMITMENT")
                        .param("agreementDue", "geen datum"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(anyOf(
                                containsString("Vul een geldige datum in."),
                                containsString("Deze keuze klopt niet."))));
    }
}
