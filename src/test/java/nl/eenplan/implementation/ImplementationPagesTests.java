package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The implementation pages: who sees and changes what, and a stale form stores nothing (IMP-1, IMP-3). */
class ImplementationPagesTests extends ImplementationTest {

    static RequestPostProcessor as(AccountPrincipal person) {
        var roles = person.kind() == AccountKind.ADMINISTRATOR
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_STAFF"));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person, null, roles));
    }

    private String frameworkPage() {
        return "/implementation/frameworks/" + municipality.id();
    }

    @Test
    @DisplayName("IMP-1: the agenda holder saves the frameworks; a stale form is refused, says so and stores nothing")
    void frameworkForm() throws Exception {
        mvc.perform(get(frameworkPage() + "/edit").with(as(agendaHolder)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(post(frameworkPage() + "/edit")
                        .with(as(agendaHolder))
                        .with(csrf())
                        .param("youthPolicy", "In visie opgenomen")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "implementation.framework.saved"));
        mvc.perform(post(frameworkPage() + "/edit")
                        .with(as(administrator))
                        .with(csrf())
                        .param("youthPolicy", "Overschreven")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("conflict", "implementation.framework.changedMeanwhile"));
        assertThat(frameworks
                        .current(municipality.id(), agendaHolder)
                        .framework()
                        .youthPolicy())
                .isEqualTo("In visie opgenomen");
        mvc.perform(get(frameworkPage()).with(as(professional)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In visie opgenomen")))
                .andExpect(content().string(containsString("Laatst gewijzigd door Anna Agenda")));
    }

    @Test
    @DisplayName("IMP-1: another municipality's staff get 404, a professional may not open the form (403)")
    void frameworkAccess() throws Exception {
        mvc.perform(get(frameworkPage()).with(as(otherAgendaHolder))).andExpect(status().isNotFound());
        mvc.perform(get(frameworkPage() + "/edit").with(as(professional))).andExpect(status().isForbidden());
        mvc.perform(post(frameworkPage() + "/edit")
                        .with(as(professional))
                        .with(csrf())
                        .param("youthPolicy", "Nee")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/implementation/frameworks/" + UUID.randomUUID()).with(as(agendaHolder)))
                .andExpect(status().isNotFound());
        assertThat(frameworks.history(municipality.id(), agendaHolder)).isEmpty();
    }

    @Test
    @DisplayName("IMP-3: the overview shows progress as text; an item form on an old version stores nothing")
    void checklistPages() throws Exception {
        mvc.perform(post("/implementation/organisations/" + provider.id() + "/checklists")
                        .with(as(manager))
                        .with(csrf())
                        .param("templateId", MIDDEN_HOLLAND_TEMPLATE.toString()))
                .andExpect(status().is3xxRedirection());
        var checklist = checklists.of(provider.id(), manager).getFirst();
        var item = checklist.items().getFirst();
        var itemPage = "/implementation/checklists/" + checklist.id() + "/items/" + item.id();
        mvc.perform(post(itemPage)
                        .with(as(manager))
                        .with(csrf())
                        .param("action", "Visie schrijven")
                        .param("responsible", "Mia Manager")
                        .param("plannedOn", "2027-02-01")
                        .param("status", "DONE")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(itemPage)
                        .with(as(manager))
                        .with(csrf())
                        .param("status", "TO_DO")
                        .param("version", "0"))
                .andExpect(flash().attribute("conflict", "implementation.item.changedMeanwhile"));
        mvc.perform(post(itemPage)
                        .with(as(manager))
                        .with(csrf())
                        .param("plannedOn", "morgen")
                        .param("status", "TO_DO")
                        .param("version", "1"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Vul een datum in")));
        var total = checklist.items().size();
        mvc.perform(get("/implementation").with(as(professional)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 van " + total + " klaar")));
        mvc.perform(get("/implementation/checklists/" + checklist.id()).with(as(professional)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Visie schrijven")));
        mvc.perform(get(itemPage).with(as(professional))).andExpect(status().isForbidden());
        mvc.perform(get("/implementation/checklists/" + checklist.id()).with(as(otherAgendaHolder)))
                .andExpect(status().isNotFound());
        assertThat(checklists.find(checklist.id(), manager).items().getFirst().status())
                .isEqualTo(ChecklistStatus.DONE);
    }

    @Test
    @DisplayName(
            "IMP-3: only administrators open the template pages; an item keeps its place, a stale form stores nothing")
    void templatePages() throws Exception {
        mvc.perform(get("/admin/implementation/templates").with(as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisatie Midden-Holland (met op- en afschalen)")));
        mvc.perform(get("/admin/implementation/templates/" + MUNICIPALITY_TEMPLATE)
                        .with(as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("G. Onderhoud")));
        mvc.perform(get("/admin/implementation/templates").with(as(agendaHolder)))
                .andExpect(status().isForbidden());
        var template = templates.find(ORGANISATION_TEMPLATE);
        var third = template.items().get(2);
        var itemPage = "/admin/implementation/templates/" + ORGANISATION_TEMPLATE + "/items/" + third.id();
        mvc.perform(post(itemPage)
                        .with(as(administrator))
                        .with(csrf())
                        .param("section", third.section())
                        .param("text", "Andere tekst")
                        .param("position", "")
                        .param("version", Integer.toString(template.version())))
                .andExpect(flash().attribute("notice", "implementation.template.saved"));
        assertThat(templates.find(ORGANISATION_TEMPLATE).items().get(2).text()).isEqualTo("Andere tekst");
        mvc.perform(post(itemPage)
                        .with(as(administrator))
                        .with(csrf())
                        .param("section", third.section())
                        .param("text", third.text())
                        .param("position", "3")
                        .param("version", Integer.toString(template.version())))
                .andExpect(flash().attribute("conflict", "implementation.template.changedMeanwhile"));
        templates.changeItem(
                ORGANISATION_TEMPLATE,
                third.id(),
                administrator,
                template.version() + 1,
                third.section(),
                third.text(),
                3);
    }
}
