package nl.eenplan.implementation;

import static nl.eenplan.implementation.ImplementationPagesTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** IMP-4 fed by IMP-3: a provider's implementation is done when every item of its newest checklist is. */
class ImplementationDoneTests extends ImplementationTest {

    @Autowired
    ProviderRequirements requirements;

    private String providerPage() {
        return "/implementation/providers/" + provider.id();
    }

    private String page(String path, AccountPrincipal person) throws Exception {
        return mvc.perform(get(path).with(as(person))).andReturn().getResponse().getContentAsString();
    }

    private void mark(UUID checklistId, int count) {
        checklists.find(checklistId, manager).items().stream()
                .filter(i -> i.status() != ChecklistStatus.DONE)
                .limit(count)
                .forEach(i -> checklists.changeItem(
                        checklistId,
                        i.id(),
                        manager,
                        i.version(),
                        new ChecklistItemChange("", "", null, ChecklistStatus.DONE)));
    }

    @Test
    @DisplayName(
            "IMP-4, IMP-3: implementation is done when every item of the provider's newest checklist is done; the pages say how far it is")
    void implementationFollowsTheChecklist() throws Exception {
        assertThat(requirements.standing(manager.id(), provider.id()).implementation())
                .isEqualTo(ImplementationState.none());
        assertThat(page(providerPage(), manager)).contains("Nee, er is nog geen checklist voor de invoering");

        var id = checklists.start(provider.id(), ORGANISATION_TEMPLATE, manager);
        var total = checklists.find(id, manager).items().size();
        mark(id, total - 2);
        var standing = requirements.standing(manager.id(), provider.id());
        assertThat(standing.implementationDone()).isFalse();
        assertThat(standing.implementation().progress()).isEqualTo(new ChecklistProgress(total - 2, total));
        var partly = "Nee, %d van %d punten klaar".formatted(total - 2, total);
        assertThat(page(providerPage(), manager))
                .contains(partly)
                .contains("href=\"/implementation/checklists/" + id + "\"");
        // The municipality that buys the care sees how far it is, not the checklist itself (not its to read).
        assertThat(page(providerPage(), agendaHolder))
                .contains(partly)
                .doesNotContain("/implementation/checklists/" + id);
        assertThat(page("/implementation/municipalities/" + municipality.id() + "/providers", agendaHolder))
                .contains("Nee (%d van %d punten klaar)".formatted(total - 2, total));

        mark(id, 2);
        standing = requirements.standing(agendaHolder.id(), provider.id());
        assertThat(standing.implementationDone()).isTrue();
        assertThat(standing.implementation().doneOn()).isEqualTo(LocalDate.now(DutchTime.ZONE));
        assertThat(page(providerPage(), agendaHolder))
                .contains("Ja, klaar op ", "%d van %d punten klaar".formatted(total, total));

        // A newer checklist (from a changed or another template) is the one that counts from then on.
        checklists.start(provider.id(), MIDDEN_HOLLAND_TEMPLATE, manager);
        standing = requirements.standing(manager.id(), provider.id());
        assertThat(standing.implementationDone()).isFalse();
        assertThat(standing.implementation().progress().done()).isZero();
    }

    @Test
    @DisplayName(
            "IMP-4, IMP-3: the API counts the checklist's items; implementation done is no longer recorded by hand (400, nothing stored)")
    void theApiCountsAndRefusesAHandMadeDate() throws Exception {
        var path = "/api/v1/providers/" + provider.id() + "/requirements";
        var refused = send(
                manager,
                put(path)
                        .header("If-Match", "\"0\"")
                        .content("{\"trainingPlan\": true, \"implementationDoneOn\": \"2024-09-01\"}"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(requirements.commitment(provider.id()).version()).isZero();

        var id = checklists.start(provider.id(), ORGANISATION_TEMPLATE, manager);
        mark(id, 3);
        var body = send(agendaHolder, get(path)).getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.implementationItemsDone")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(body, "$.implementationItemsTotal"))
                .isEqualTo(checklists.find(id, manager).items().size());
        assertThat(JsonPath.<Boolean>read(body, "$.implementationDone")).isFalse();
        assertThat(JsonPath.<String>read(body, "$.implementationDoneOn")).isNull();
    }

    @Test
    @DisplayName(
            "IMP-2: Invoering warns the organisation, its municipality and administrators about a missing attention officer or agenda holder")
    void missingRolesAreWarnedAbout() throws Exception {
        var noOfficer = provider.name() + " heeft geen aandachtsfunctionaris.";
        var bare = organisations.found(
                "Gemeente " + UUID.randomUUID(), nl.eenplan.organisation.OrganisationKind.MUNICIPALITY, null);
        var contact = staff("Carla Meldpunt", bare, nl.eenplan.organisation.StaffRole.MUNICIPAL_CONTACT_POINT);
        var noAgendaHolder = bare.name() + " heeft geen agendahouder.";

        mvc.perform(get("/implementation").with(as(manager)))
                .andExpect(content().string(containsString("id=\"role-gaps\"")))
                .andExpect(content().string(containsString(noOfficer)))
                .andExpect(content().string(not(containsString(noAgendaHolder))));
        assertThat(page("/implementation", agendaHolder))
                .contains(noOfficer, municipality.name() + " heeft geen aandachtsfunctionaris.");
        assertThat(page("/implementation", contact)).contains(noAgendaHolder).doesNotContain(noOfficer);
        assertThat(page("/implementation", otherAgendaHolder)).doesNotContain(noOfficer, noAgendaHolder);
        assertThat(page("/implementation", administrator))
                .contains(noOfficer, noAgendaHolder)
                .contains("href=\"/admin/organisations\"");

        staff("Anna Aandacht", provider, nl.eenplan.organisation.StaffRole.ATTENTION_OFFICER);
        assertThat(page("/implementation", manager)).doesNotContain(noOfficer);
    }

    @Test
    @DisplayName(
            "IMP-1, IMP-3, IMP-4: one menu entry, Invoering, leads to the frameworks, the checklists and the basic requirements")
    void oneEntryLeadsToAll() throws Exception {
        var overview = page("/implementation", manager);
        assertThat(overview)
                .contains("href=\"#frameworks\"", "href=\"#checklists\"", "href=\"#requirements\"")
                .contains(">Invoering<");
        // The basic requirements are no longer an entry of the menu of their own: only the overview links there.
        assertThat(overview.split("href=\"/implementation/requirements\"", -1)).hasSize(2);
        assertThat(page("/implementation/requirements", manager)).contains("href=\"/implementation\"");
    }
}
