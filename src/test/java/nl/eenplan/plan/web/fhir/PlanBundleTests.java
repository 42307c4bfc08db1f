package nl.eenplan.plan.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.GoalStatus;
import nl.eenplan.plan.PlanStatus;
import nl.eenplan.plan.web.PlanResource;
import nl.eenplan.plan.web.PlanResource.ActionResource;
import nl.eenplan.plan.web.PlanResource.CoordinationResource;
import nl.eenplan.plan.web.PlanResource.GoalResource;
import nl.eenplan.plan.web.PlanResource.ParticipantResource;
import nl.eenplan.plan.web.PlanResource.PersonReference;
import nl.eenplan.plan.web.PlanResource.Tab1Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The mapping of a plan read onto FHIR R4 resources (docs/adr/0028), without the application. */
class PlanBundleTests {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final PersonReference MOTHER = new PersonReference(UUID.randomUUID(), "Sanne Jansen");
    private static final PersonReference OMA = new PersonReference(UUID.randomUUID(), "Oma Jansen");
    private static final PersonReference PETRA = new PersonReference(UUID.randomUUID(), "Petra de Vries");

    private final Labels labels = new Labels(messages(), Locale.forLanguageTag("nl"));

    @Test
    @DisplayName("G-2, R-1: the whole plan: people by kind, the coordinator marked, an action of two in two parts")
    void theWholePlanMapsPeopleByKindAndSplitsAnActionOfTwo() {
        var team = List.of(
                new ParticipantResource(MOTHER.id(), MOTHER.name(), "moeder", ParticipantKind.HOUSEHOLD_MEMBER, true),
                new ParticipantResource(OMA.id(), OMA.name(), "oma van Michael", ParticipantKind.NETWORK, true),
                new ParticipantResource(
                        PETRA.id(), PETRA.name(), "jeugdconsulent", ParticipantKind.PROFESSIONAL, true));
        var plan = plan(new Tab1Resource(Arrangement.PHONE, null, "Elke maandag bellen", true, null, null), team);

        var json = json(new ExportedPlan(plan, Map.of(), null, Instant.parse("2026-12-04T10:00:00Z")));

        assertThat(new BaseR4Validation(FHIR).errors(json)).isEmpty();
        assertThat(JsonPath.<List<String>>read(json, "$.entry[*].resource.resourceType"))
                .containsExactly(
                        "CarePlan",
                        "CareTeam",
                        "Goal",
                        "Task",
                        "Task",
                        "Task",
                        "Group",
                        "Patient",
                        "RelatedPerson",
                        "Practitioner");
        assertThat(JsonPath.<String>read(json, "$.entry[0].resource.author.reference"))
                .isEqualTo("urn:uuid:" + PETRA.id());
        assertThat(JsonPath.<List<String>>read(json, "$.entry[0].resource.note[*].text"))
                .containsExactly("Contact over het plan: Per telefoon", "Het plan rust op een familiegroepsplan.");
        assertThat(JsonPath.<List<String>>read(
                        json, "$.entry[1].resource.participant[?(@.member.display == 'Petra de Vries')].role[*].text"))
                .containsExactly("jeugdconsulent", "Regisseur");
        assertThat(JsonPath.<List<String>>read(json, "$.entry[*].resource[?(@.partOf)].owner.reference"))
                .containsExactlyInAnyOrder("urn:uuid:" + MOTHER.id(), "urn:uuid:" + OMA.id());
        assertThat(JsonPath.<List<String>>read(json, "$.entry[*].resource[?(@.resourceType == 'Task')].id"))
                .allMatch(id -> !id.startsWith("urn:"));
    }

    @Test
    @DisplayName("X-5: without the team list, people are named by id and name only, and tab 1 stays out")
    void withoutTheTeamListPeopleAreNamedByIdAndNameOnly() {
        var json = json(new ExportedPlan(plan(null, null), Map.of(), null, Instant.now()));

        assertThat(new BaseR4Validation(FHIR).errors(json)).isEmpty();
        assertThat(JsonPath.<List<String>>read(json, "$.entry[*].resource.resourceType"))
                .doesNotContain("Patient", "RelatedPerson", "Practitioner");
        assertThat(JsonPath.<List<String>>read(json, "$.entry[*].resource[?(@.partOf)].owner.identifier.value"))
                .containsExactlyInAnyOrder("urn:uuid:" + MOTHER.id(), "urn:uuid:" + OMA.id());
        assertThat(JsonPath.<Map<String, Object>>read(json, "$.entry[0].resource"))
                .doesNotContainKeys("description");
    }

    private static PlanResource plan(Tab1Resource tab1, List<ParticipantResource> team) {
        var goal = UUID.randomUUID();
        var day = LocalDate.of(2026, 12, 7);
        return new PlanResource(
                HOUSEHOLD,
                "Gezin Jansen",
                UUID.randomUUID(),
                3,
                PlanStatus.ESTABLISHED,
                1,
                false,
                false,
                tab1,
                new CoordinationResource(PETRA, null, false, Set.of(), null, null),
                team,
                List.of(new GoalResource(
                        goal,
                        1,
                        "Michael gaat weer naar school",
                        GoalStatus.OPEN,
                        day,
                        List.of(new ActionResource(
                                UUID.randomUUID(),
                                goal,
                                "Samen naar school fietsen",
                                List.of(OMA, MOTHER),
                                day,
                                day.plusDays(14),
                                day.plusDays(14),
                                null)),
                        List.of())));
    }

    private String json(ExportedPlan exported) {
        return FHIR.newJsonParser().encodeResourceToString(PlanBundle.of(exported, labels));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/plan");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
