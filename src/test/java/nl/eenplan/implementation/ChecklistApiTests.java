package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Implementation checklists and their templates through the API (IMP-3). */
class ChecklistApiTests extends ImplementationTest {

    private static final String DONE = """
            {"action": "Werkinstructie schrijven", "responsible": "Mia Manager", "plannedOn": "2027-03-01", "status": "DONE"}""";

    private String list(UUID organisationId) {
        return "/api/v1/organisations/" + organisationId + "/implementation-checklists";
    }

    @Test
    @DisplayName("IMP-3: a manager starts a checklist, keeps an item on its version and sees the progress")
    void startAndKeep() throws Exception {
        var started =
                send(manager, post(list(provider.id())).content("{\"templateId\": \"" + ORGANISATION_TEMPLATE + "\"}"));
        assertThat(started.getStatus()).isEqualTo(201);
        var body = started.getContentAsString();
        var id = JsonPath.<String>read(body, "$.id");
        var itemId = JsonPath.<String>read(body, "$.items[0].id");
        var total = JsonPath.<Integer>read(body, "$.total");
        assertThat(JsonPath.<Integer>read(body, "$.done")).isZero();
        var item = "/api/v1/implementation-checklists/" + id + "/items/" + itemId;

        assertThat(send(manager, get(item)).getHeader("ETag")).isEqualTo("\"0\"");
        assertThat(send(manager, put(item).content(DONE)).getStatus()).isEqualTo(428);
        var kept = send(manager, put(item).header("If-Match", "\"0\"").content(DONE));
        assertThat(kept.getStatus()).isEqualTo(200);
        assertThat(kept.getHeader("ETag")).isEqualTo("\"1\"");
        var stale = send(manager, put(item).header("If-Match", "\"0\"").content(DONE));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(events(manager)).containsExactly(Checklists.STARTED, Checklists.ITEM_CHANGED);

        var read = send(professional, get("/api/v1/implementation-checklists/" + id))
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(read, "$.done")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(read, "$.total")).isEqualTo(total);
        assertThat(JsonPath.<String>read(read, "$.items[0].status")).isEqualTo("DONE");
        var page =
                send(professional, get(list(provider.id()) + "?page=0&size=1")).getContentAsString();
        assertThat(JsonPath.<Integer>read(page, "$.total")).isEqualTo(1);
        assertThat(send(professional, get(list(provider.id()) + "?page=-1")).getStatus())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("IMP-3: a professional may not keep (403), other staff do not see (404), a wrong template is 422")
    void whoMayKeep() throws Exception {
        var id = checklists.start(provider.id(), ORGANISATION_TEMPLATE, manager);
        var itemId = checklists.find(id, manager).items().getFirst().id();
        var item = "/api/v1/implementation-checklists/" + id + "/items/" + itemId;
        assertThat(send(professional, put(item).header("If-Match", "\"0\"").content(DONE))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(otherAgendaHolder, get("/api/v1/implementation-checklists/" + id))
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(otherAgendaHolder, get(list(provider.id()))).getStatus())
                .isEqualTo(404);
        assertThat(send(
                                professional,
                                post(list(provider.id()))
                                        .content("{\"templateId\": \"" + ORGANISATION_TEMPLATE + "\"}"))
                        .getStatus())
                .isEqualTo(403);
        var wrong =
                send(manager, post(list(provider.id())).content("{\"templateId\": \"" + MUNICIPALITY_TEMPLATE + "\"}"));
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(wrong.getContentAsString(), "$.reason"))
                .isEqualTo("implementation.checklist.wrongTemplate");
        var badStatus = send(manager, put(item).header("If-Match", "\"0\"").content(DONE.replace("DONE", "FINISHED")));
        assertThat(badStatus.getStatus()).isEqualTo(400);
        assertThat(checklists.find(id, manager).items().getFirst().version()).isZero();
        assertThat(checklists.of(provider.id(), manager)).hasSize(1);
    }

    @Test
    @DisplayName("IMP-3: staff read the templates; only an administrator changes one, on the version in If-Match")
    void templates() throws Exception {
        var all = send(professional, get("/api/v1/checklist-templates")).getContentAsString();
        assertThat(JsonPath.<Integer>read(all, "$.total")).isEqualTo(3);
        var url = "/api/v1/checklist-templates/" + MIDDEN_HOLLAND_TEMPLATE;
        var read = send(professional, get(url));
        var version = read.getHeader("ETag");
        var item = "{\"section\": \"H. Extra\", \"text\": \"Een punt erbij\"}";
        assertThat(send(
                                professional,
                                post(url + "/items").header("If-Match", version).content(item))
                        .getStatus())
                .isEqualTo(404);
        var added = send(
                administrator, post(url + "/items").header("If-Match", version).content(item));
        assertThat(added.getStatus()).isEqualTo(200);
        var newId = JsonPath.<String>read(added.getContentAsString(), "$.items[-1].id");
        assertThat(send(
                                administrator,
                                post(url + "/items").header("If-Match", version).content(item))
                        .getStatus())
                .isEqualTo(412);
        var empty = send(
                administrator,
                post(url + "/items").header("If-Match", added.getHeader("ETag")).content("{}"));
        assertThat(empty.getStatus()).isEqualTo(400);
        var removed = send(administrator, delete(url + "/items/" + newId).header("If-Match", added.getHeader("ETag")));
        assertThat(removed.getStatus()).isEqualTo(204);
        assertThat(templates.find(MIDDEN_HOLLAND_TEMPLATE).items())
                .extracting(ChecklistTemplate.TemplateItem::text)
                .doesNotContain("Een punt erbij");
        assertThat(events(administrator)).containsExactly(ChecklistTemplates.CHANGED, ChecklistTemplates.CHANGED);
    }
}
