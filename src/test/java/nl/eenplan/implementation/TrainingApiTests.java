package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** IMP-5: training records through the API, as the administrator's person page keeps them. */
@DisplayName("IMP-5: training records through the API")
class TrainingApiTests extends ImplementationTest {

    private static final String BASIC = """
            {"kind": "METHOD_BASIC", "completedOn": "2025-03-01"}""";

    @Autowired
    StaffTraining training;

    private static String trainings(AccountPrincipal person) {
        return "/api/v1/people/" + person.id() + "/trainings";
    }

    private String tag(AccountPrincipal person) {
        return "\"" + accounts.find(person.id()).orElseThrow().version() + "\"";
    }

    @Test
    @DisplayName(
            "IMP-5, X-1: an administrator records, changes, lists and removes a training; each logged as on the page")
    void recordChangeListRemove() throws Exception {
        var before = tag(professional);
        var added = send(
                administrator,
                post(trainings(professional)).header("If-Match", before).content(BASIC));
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(added.getHeader("ETag")).isNotEqualTo(before).isEqualTo(tag(professional));
        assertThat(training.completed(professional.id(), TrainingKind.METHOD_BASIC))
                .isTrue();

        var changed = send(
                administrator,
                put(trainings(professional) + "/METHOD_BASIC")
                        .header("If-Match", added.getHeader("ETag"))
                        .content("{\"completedOn\": \"2025-04-15\"}"));
        assertThat(changed.getStatus()).isEqualTo(200);
        send(
                administrator,
                put(trainings(professional) + "/CHAIRING")
                        .header("If-Match", changed.getHeader("ETag"))
                        .content("{\"completedOn\": \"2025-05-01\"}"));
        assertThat(training.trainedToCoordinate(professional.id())).isTrue();

        var list = send(administrator, get(trainings(professional)));
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getHeader("ETag")).isEqualTo(tag(professional));
        var body = list.getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].kind")).containsExactly("CHAIRING", "METHOD_BASIC");
        assertThat(JsonPath.<String>read(body, "$.items[1].completedOn")).isEqualTo("2025-04-15");
        var first = send(administrator, get(trainings(professional) + "?page=0&size=1"))
                .getContentAsString();
        assertThat(JsonPath.<Integer>read(first, "$.total")).isEqualTo(2);
        assertThat(JsonPath.<List<Object>>read(first, "$.items")).hasSize(1);
        assertThat(JsonPath.<Integer>read(first, "$.nextPage")).isEqualTo(1);
        assertThat(send(administrator, get(trainings(professional) + "?size=0")).getStatus())
                .isEqualTo(400);

        var removed = send(
                administrator,
                delete(trainings(professional) + "/CHAIRING").header("If-Match", list.getHeader("ETag")));
        assertThat(removed.getStatus()).isEqualTo(204);
        assertThat(training.trainedToCoordinate(professional.id())).isFalse();

        // the same entries as the page writes: the look at the person, and each change.
        assertThat(events(administrator))
                .containsSubsequence(
                        "ACCOUNT_READ",
                        "STAFF_TRAINING_RECORDED",
                        "STAFF_TRAINING_RECORDED",
                        "STAFF_TRAINING_RECORDED",
                        "ACCOUNT_READ",
                        "STAFF_TRAINING_REMOVED");
    }

    @Test
    @DisplayName("IMP-5: only an administrator; anyone else 403 and nothing logged; an unknown person 404")
    void onlyAdministrators() throws Exception {
        for (var person : List.of(manager, professional, agendaHolder)) {
            assertThat(send(person, get(trainings(professional))).getStatus()).isEqualTo(403);
            var refused = send(
                    person,
                    post(trainings(professional))
                            .header("If-Match", tag(professional))
                            .content(BASIC));
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(send(
                                    person,
                                    delete(trainings(professional) + "/METHOD_BASIC")
                                            .header("If-Match", "\"0\""))
                            .getStatus())
                    .isEqualTo(403);
            assertThat(events(person)).isEmpty();
        }
        assertThat(training.of(professional.id())).isEmpty();
        var nobody = "/api/v1/people/" + UUID.randomUUID() + "/trainings";
        assertThat(send(administrator, get(nobody)).getStatus()).isEqualTo(404);
        assertThat(send(administrator, get(trainings(professional) + "/NOT_A_KIND"))
                        .getStatus())
                .isIn(404, 405);
        assertThat(send(
                                administrator,
                                put(trainings(professional) + "/NOT_A_KIND")
                                        .header("If-Match", "\"0\"")
                                        .content("{\"completedOn\": \"2025-04-15\"}"))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "IMP-5: 428 without If-Match, 412 on an older version, 400 for a date to come, 422 for a non-staff account")
    void refusals() throws Exception {
        assertThat(send(administrator, post(trainings(professional)).content(BASIC))
                        .getStatus())
                .isEqualTo(428);
        var current = tag(professional);
        var stale = send(
                administrator,
                post(trainings(professional)).header("If-Match", "\"99\"").content(BASIC));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo(current);
        var future = send(
                administrator,
                post(trainings(professional))
                        .header("If-Match", current)
                        .content("{\"kind\": \"CHAIRING\", \"completedOn\": \"%s\"}"
                                .formatted(java.time.LocalDate.now().plusDays(30))));
        assertThat(future.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(future.getContentAsString(), "$.errors[*].field"))
                .containsExactly("completedOn");
        var notStaff = send(
                administrator,
                post(trainings(administrator))
                        .header("If-Match", tag(administrator))
                        .content(BASIC));
        assertThat(notStaff.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(notStaff.getContentAsString(), "$.reason"))
                .isEqualTo("training.staffOnly");
        assertThat(training.of(professional.id())).isEmpty();
        assertThat(training.of(administrator.id())).isEmpty();
    }
}
