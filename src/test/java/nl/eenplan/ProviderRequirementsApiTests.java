package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ChecklistItemChange;
import nl.eenplan.implementation.ChecklistStatus;
import nl.eenplan.implementation.Checklists;
import nl.eenplan.implementation.Competence;
import nl.eenplan.implementation.ProviderRecords;
import nl.eenplan.implementation.ProviderRequirements;
import nl.eenplan.implementation.RequirementsRefused;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IMP-4: a provider's basic requirements computed from the data, read by the provider and by the
 * municipality that buys its care, through the API; IMP-5 and IMP-6 feed them.
 */
@DisplayName("IMP-4, IMP-5, IMP-6: the basic requirements of providers through the API and their pages")
class ProviderRequirementsApiTests extends TeamApiTest {

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    StaffTraining training;

    @Autowired
    ProviderRecords records;

    @Autowired
    ProviderRequirements requirements;

    @Autowired
    MatrixPeople people;

    @Autowired
    Checklists checklists;

    static final UUID ORGANISATION_TEMPLATE = UUID.fromString("6d3c1a10-0000-4000-8000-000000000002");

    /** A municipality with an access team and a provider with an attention officer and one professional. */
    record Market(
            Organisation municipality,
            Organisation provider,
            AccountPrincipal officer,
            AccountPrincipal professional,
            AccountPrincipal accessTeam,
            AccountPrincipal outsider) {}

    Market market() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var municipality = organisations.found("Gemeente Eisen " + suffix, OrganisationKind.MUNICIPALITY, null);
        var team = organisations.found("Toegang Eisen " + suffix, OrganisationKind.ACCESS_TEAM, municipality.id());
        var provider = organisations.found("Zorg Eisen " + suffix, OrganisationKind.PROVIDER, municipality.id());
        var elsewhere = organisations.found("Gemeente Anders " + suffix, OrganisationKind.MUNICIPALITY, null);
        return new Market(
                municipality,
                provider,
                people.staff("Anna Aandacht", provider, StaffRole.ATTENTION_OFFICER),
                people.staff("Rob Regisseur", provider, StaffRole.PROFESSIONAL),
                people.staff("Toon Toegang", team, StaffRole.ACCESS_TEAM_MEMBER),
                people.staff("Olaf Elders", elsewhere, StaffRole.AGENDA_HOLDER));
    }

    /** IMP-3: the provider's attention officer starts its implementation checklist and marks every item done. */
    void finishImplementation(Market market) {
        var id = checklists.start(market.provider().id(), ORGANISATION_TEMPLATE, market.officer());
        for (var item : checklists.find(id, market.officer()).items()) {
            checklists.changeItem(
                    id,
                    item.id(),
                    market.officer(),
                    item.version(),
                    new ChecklistItemChange("", "", null, ChecklistStatus.DONE));
        }
    }

    @Test
    @DisplayName(
            "IMP-4, IMP-3: the standing is computed from roles, training and recruitment records, the implementation checklist and the recorded facts")
    void theStandingIsComputed() throws Exception {
        var market = market();
        var path = "/api/v1/providers/" + market.provider().id() + "/requirements";
        var first = send(market.accessTeam(), get(path));
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("ETag")).isEqualTo("\"0\"");
        var body = first.getContentAsString();
        assertThat(JsonPath.<Boolean>read(body, "$.attentionOfficer")).isTrue();
        assertThat(JsonPath.<Boolean>read(body, "$.methodAdopted")).isFalse();
        assertThat(JsonPath.<Boolean>read(body, "$.coordinatorsTrained")).isFalse();
        assertThat(JsonPath.<Boolean>read(body, "$.meetsAll")).isFalse();

        var commitment = """
                {"methodAdoptedOn": "2024-01-01", "trainingPlan": true}
                """;
        assertThat(send(market.officer(), put(path).content(commitment)).getStatus())
                .isEqualTo(428);
        var saved = send(market.officer(), put(path).header("If-Match", "\"0\"").content(commitment));
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getHeader("ETag")).isEqualTo("\"1\"");
        var stale = send(market.officer(), put(path).header("If-Match", "\"0\"").content(commitment));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getHeader("ETag")).isEqualTo("\"1\"");

        var admin = people.account("Beheerder", AccountKind.ADMINISTRATOR);
        training.record(
                admin.id(),
                market.professional().id(),
                accounts.find(market.professional().id()).orElseThrow().version(),
                TrainingKind.METHOD_BASIC,
                LocalDate.of(2024, 5, 1));
        records.assess(
                market.officer().id(),
                market.provider().id(),
                market.professional().id(),
                LocalDate.of(2024, 2, 1),
                EnumSet.allOf(Competence.class));
        assertThat(JsonPath.<Boolean>read(send(market.accessTeam(), get(path)).getContentAsString(), "$.meetsAll"))
                .isFalse();
        finishImplementation(market);
        var now = send(market.accessTeam(), get(path)).getContentAsString();
        assertThat(JsonPath.<Boolean>read(now, "$.coordinatorsTrained")).isTrue();
        assertThat(JsonPath.<Boolean>read(now, "$.coordinatorsAssessed")).isTrue();
        assertThat(JsonPath.<Boolean>read(now, "$.meetsAll")).isTrue();
        assertThat(JsonPath.<String>read(now, "$.coordinators[0].name")).isEqualTo("Rob Regisseur");
        assertThat(JsonPath.<String>read(now, "$.coordinators[0].assessedOn")).isEqualTo("2024-02-01");
        assertThat(jdbc.sql("select count(*) from audit_entry where account_id = ? and event in"
                                + " ('PROVIDER_COMMITMENT_RECORDED', 'COORDINATOR_ASSESSED')")
                        .param(market.officer().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "IMP-4: the municipality that buys the care reads every provider a page at a time; another municipality gets 404")
    void theMunicipalityReadsItsProviders() throws Exception {
        var market = market();
        var path = "/api/v1/municipalities/" + market.municipality().id() + "/providers";
        var page = send(market.accessTeam(), get(path).param("size", "1"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(page.getContentAsString(), "$.total")).isEqualTo(1);
        assertThat(JsonPath.<String>read(page.getContentAsString(), "$.items[0].provider"))
                .isEqualTo(market.provider().name());
        assertThat(send(market.accessTeam(), get(path).param("size", "0")).getStatus())
                .isEqualTo(400);
        for (var request :
                List.of(get(path), get("/api/v1/providers/" + market.provider().id() + "/requirements"))) {
            var refused = send(market.outsider(), request);
            assertThat(refused.getStatus()).isEqualTo(404);
            assertThat(refused.getContentAsString())
                    .doesNotContain(market.provider().name());
        }
        // A provider's professional sees his own provider, not the municipality's list.
        assertThat(send(market.professional(), get(path)).getStatus()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "IMP-4, IMP-6: only the provider's attention officer or manager records; a professional gets 422, nothing stored")
    void onlyTheProviderRecords() throws Exception {
        var market = market();
        var path = "/api/v1/providers/" + market.provider().id() + "/requirements";
        var refused = send(
                market.professional(), put(path).header("If-Match", "\"0\"").content("{\"trainingPlan\": true}"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.reason"))
                .isEqualTo("requirements.onlyProvider");
        assertThat(send(
                                market.accessTeam(),
                                put(path).header("If-Match", "\"0\"").content("{\"trainingPlan\": true}"))
                        .getStatus())
                .isEqualTo(422);
        var future = send(
                market.officer(),
                put(path)
                        .header("If-Match", "\"0\"")
                        .content("{\"trainingPlan\": true, \"methodAdoptedOn\": \"%s\"}"
                                .formatted(LocalDate.now().plusDays(5))));
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(requirements.commitment(market.provider().id()).version()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> records.assess(
                        market.officer().id(),
                        market.provider().id(),
                        market.accessTeam().id(),
                        LocalDate.of(2024, 1, 1),
                        EnumSet.noneOf(Competence.class)))
                .isInstanceOf(RequirementsRefused.class);
    }

    @Test
    @DisplayName(
            "IMP-4, IMP-6: on the page the attention officer records the facts and an assessment; the municipality sees the result")
    void thePagesRecordAndShow() throws Exception {
        var market = market();
        var page = "/implementation/providers/" + market.provider().id();
        mvc.perform(post(page + "/commitment")
                        .with(csrf())
                        .with(as(market.officer()))
                        .param("version", "0")
                        .param("methodAdoptedOn", "2024-01-01")
                        .param("trainingPlan", "true"))
                .andExpect(redirectedUrl(page));
        // The one check of a future date (ProviderRecords, in Dutch time) shows by the field; nothing stored.
        mvc.perform(post(page + "/commitment")
                        .with(csrf())
                        .with(as(market.officer()))
                        .param("version", "1")
                        .param("methodAdoptedOn", LocalDate.now().plusDays(5).toString())
                        .param("trainingPlan", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("methodAdoptedOn-error")))
                .andExpect(content().string(containsString("Deze datum ligt in de toekomst")));
        assertThat(requirements.commitment(market.provider().id()).version()).isEqualTo(1);
        mvc.perform(post(page + "/assessments")
                        .with(csrf())
                        .with(as(market.officer()))
                        .param("coordinatorId", market.accessTeam().id().toString())
                        .param("assessedOn", "2024-02-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("geen professional van deze aanbieder")));
        mvc.perform(post(page + "/assessments")
                        .with(csrf())
                        .with(as(market.officer()))
                        .param("coordinatorId", market.professional().id().toString())
                        .param("assessedOn", "2024-02-01")
                        .param("competences", "MOTIVATING", "NETWORKING"))
                .andExpect(redirectedUrl(page));
        assertThat(requirements.assessments(market.provider().id()))
                .singleElement()
                .satisfies(a -> assertThat(a.competences())
                        .containsExactlyInAnyOrder(Competence.MOTIVATING, Competence.NETWORKING));
        mvc.perform(post(page + "/commitment")
                        .with(csrf())
                        .with(as(market.professional()))
                        .param("version", "1")
                        .param("trainingPlan", "false"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/implementation/municipalities/"
                                + market.municipality().id() + "/providers")
                        .with(as(market.accessTeam())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(market.provider().name())));
        mvc.perform(get(page).with(as(market.outsider()))).andExpect(status().isNotFound());
        mvc.perform(get("/implementation/requirements").with(as(market.accessTeam())))
                .andExpect(content()
                        .string(containsString(
                                "Zorgaanbieders van " + market.municipality().name())));
        assertThat(requirements.commitment(market.provider().id()).trainingPlan())
                .isTrue();
    }
}
