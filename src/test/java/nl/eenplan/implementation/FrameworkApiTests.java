package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A municipality's frameworks through the API (IMP-1). */
class FrameworkApiTests extends ImplementationTest {

    private static final String BODY = """
            {"youthPolicy": "In visie opgenomen", "youthCoordination": "Afhankelijk van de casus",
             "youthFunding": "Casusregie declareren", "wmoPolicy": "In ontwikkeling",
             "wmoCoordination": "In ontwikkeling", "wmoFunding": ""}""";

    private String url() {
        return "/api/v1/municipalities/" + municipality.id() + "/framework";
    }

    @Test
    @DisplayName("IMP-1: the agenda holder changes the frameworks on the version in If-Match; the history keeps both")
    void changeWithVersion() throws Exception {
        var read = send(professional, get(url()));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getHeader("ETag")).isEqualTo("\"0\"");

        assertThat(send(agendaHolder, put(url()).content(BODY)).getStatus()).isEqualTo(428);
        var changed = send(agendaHolder, put(url()).header("If-Match", "\"0\"").content(BODY));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(JsonPath.<String>read(changed.getContentAsString(), "$.youth.policy"))
                .isEqualTo("In visie opgenomen");
        assertThat(events(agendaHolder)).containsExactly(MunicipalFrameworks.CHANGED);

        var stale =
                send(administrator, put(url()).header("If-Match", "\"0\"").content(BODY.replace("In visie", "Weg")));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(stale.getContentType()).startsWith("application/problem+json");

        var again = send(administrator, put(url()).header("If-Match", "\"1\"").content(BODY.replace("In visie", "Nu")));
        assertThat(again.getStatus()).isEqualTo(200);
        var versions =
                send(professional, get(url() + "/versions?page=0&size=1")).getContentAsString();
        assertThat(JsonPath.<Integer>read(versions, "$.total")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(versions, "$.nextPage")).isEqualTo(1);
        assertThat(JsonPath.<String>read(versions, "$.items[0].youth.policy")).isEqualTo("Nu opgenomen");
        var second = send(professional, get(url() + "/versions?page=1&size=1")).getContentAsString();
        assertThat(JsonPath.<String>read(second, "$.items[0].youth.policy")).isEqualTo("In visie opgenomen");
        assertThat(JsonPath.<String>read(second, "$.items[0].changedByName")).isEqualTo("Anna Agenda");
        assertThat(send(professional, get(url() + "/versions?size=0")).getStatus())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("IMP-1: another municipality's staff get 404; a professional may read but not change (403)")
    void whoMayReadAndChange() throws Exception {
        assertThat(send(otherAgendaHolder, get(url())).getStatus()).isEqualTo(404);
        assertThat(send(
                                otherAgendaHolder,
                                put(url()).header("If-Match", "\"0\"").content(BODY))
                        .getStatus())
                .isEqualTo(404);
        var refused = send(professional, put(url()).header("If-Match", "\"0\"").content(BODY));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(send(manager, get(url())).getStatus()).isEqualTo(200);
        assertThat(send(administrator, get(url())).getStatus()).isEqualTo(200);
        assertThat(send(agendaHolder, get("/api/v1/municipalities/" + provider.id() + "/framework"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(frameworks.history(municipality.id(), agendaHolder)).isEmpty();
    }

    @Test
    @DisplayName("IMP-1: a text that breaks a rule is 400 naming the field, and nothing is stored")
    void badTextIs400() throws Exception {
        var body = "{\"youthPolicy\": \"Kort\", \"wmoPolicy\": \"%s\"}".formatted("x".repeat(2_001));
        var refused = send(agendaHolder, put(url()).header("If-Match", "\"0\"").content(body));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.getContentAsString(), "$.errors[*].field"))
                .containsExactly("wmoPolicy");
        assertThat(frameworks.history(municipality.id(), agendaHolder)).isEmpty();
    }
}
