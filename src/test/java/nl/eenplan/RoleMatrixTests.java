package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * X-5, C-1, X-1, R-5, R-7, H-1: what each one in a household of five with an expected child, three
 * professionals, an enforcing party and two network members may see and do (see {@link RolesFixture}).
 */
@DisplayName("X-5, C-1, R-5, R-7, H-1: nobody sees or does more than his role allows")
class RoleMatrixTests extends MatrixTest {

    @Autowired
    RolesFixture roles;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Coordinations coordinations;

    @Autowired
    PlanEditing planEditing;

    @Autowired
    PlanAccess planAccess;

    @Autowired
    StagnationSignals signals;

    private RolesFixture.World w() {
        return roles.world();
    }

    @Test
    @DisplayName("X-5: a network member sees who coordinates and how to reach her, and herself; not the team")
    void aNetworkMemberSeesOnlyWhoCoordinates() throws Exception {
        var page = body(get(path("/team")).with(as(w().grandma())));
        assertThat(page)
                .contains(w().hanna().displayName(), w().hanna().email(), "oma van Daan")
                .doesNotContain("Raad voor de Kinderbescherming", "Voert maatregelen uit")
                .doesNotContain(w().rita().displayName(), w().piet().displayName(), "Fred " + w().familyName())
                .doesNotContain("buurvrouw");
        var professional = body(get(path("/team")).with(as(w().hanna())));
        assertThat(professional).contains(w().rita().displayName(), "Voert maatregelen uit");
    }

    @Test
    @DisplayName("X-5: a network member sees where coordination sits, not its history or the team")
    void aNetworkMemberSeesNoCoordinationHistory() throws Exception {
        var page = body(get(path("/coordination")).with(as(w().grandma())));
        assertThat(page)
                .contains(w().hanna().displayName())
                .doesNotContain(
                        "Geschiedenis van de regie",
                        w().piet().displayName(),
                        w().rita().displayName());
        assertThat(body(get(path("/coordination")).with(as(w().mother())))).contains("Geschiedenis van de regie");
    }

    @Test
    @DisplayName("X-5: a version shows a network member only her own part, by participant id, in page, API and PDF")
    void aVersionShowsANetworkMemberHerOwnPart() throws Exception {
        var grandma = w().grandma();
        var page = body(get(path("/plan/versions/1")).with(as(grandma)));
        var api = body(get("/api/v1/households/" + w().household() + "/plan/versions/1")
                .header("Authorization", "Bearer " + token(grandma)));
        var pdfResponse = response(get(path("/plan/versions/1.pdf")).with(as(grandma)));
        assertThat(pdfResponse.getStatus()).isEqualTo(200);
        String pdf;
        try (var document = Loader.loadPDF(pdfResponse.getContentAsByteArray())) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (var shown : new String[] {page, api, pdf}) {
            assertThat(shown)
                    .contains(RolesFixture.GRANDMAS_GOAL, RolesFixture.GRANDMAS_ACTION)
                    .doesNotContain(RolesFixture.HANNAS_GOAL, RolesFixture.OTHER_OLGAS_ACTION);
        }
        assertThat(body(get(path("/plan/versions/1")).with(as(w().mother()))))
                .contains(RolesFixture.HANNAS_GOAL, RolesFixture.OTHER_OLGAS_ACTION);
    }

    @Test
    @DisplayName("C-1, X-1: without consent about a child a professional sees only whom to ask, not its file")
    void withoutConsentAboutAChildOnlyWhomToAsk() throws Exception {
        for (var route : new String[] {"/consents", "/consents/overview"}) {
            var page = body(get(path(route)).with(as(w().piet())));
            assertThat(page)
                    .as(route)
                    .contains("Toestemming over Daan " + w().familyName() + " vraagt u aan: Sanne " + w().familyName())
                    .doesNotContain(RolesFixture.SECRET_PURPOSE)
                    .doesNotContain("Daan " + w().familyName() + " is jonger dan 12 jaar")
                    // About Mila he has consent: her file is his to read.
                    .contains("Mila " + w().familyName() + " is 12 tot 16 jaar");
        }
        assertThat(body(get(path("/consents")).with(as(w().hanna())))).contains(RolesFixture.SECRET_PURPOSE);
        var aboutDaan = jdbc.sql("select id from consent where subject_id = ?")
                .param(w().daan())
                .query(UUID.class)
                .single();
        for (var change : new String[] {"/withdrawal", "/written"}) {
            assertThat(response(post(path("/consents/" + aboutDaan + change))
                                    .with(as(w().piet()))
                                    .with(csrf())
                                    .param("version", "0"))
                            .getStatus())
                    .as(change)
                    .isEqualTo(404);
        }
        assertThat(jdbc.sql("select withdrawn_on is null from consent where id = ?")
                        .param(aboutDaan)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(body(get(path("/consents")).with(as(w().peter()))))
                .doesNotContain(RolesFixture.SECRET_PURPOSE, "is jonger dan 12 jaar", "is 12 tot 16 jaar");
    }

    @Test
    @DisplayName("C-1: parental authority is recorded by the household or the coordinator; others get 403")
    void onlyTheHouseholdOrTheCoordinatorRecordsAuthority() throws Exception {
        var world = roles.fresh();
        var daan = world.daan();
        for (var person : new AccountPrincipal[] {world.piet(), world.father(), world.rita(), world.peter()}) {
            var before = lastEntryId();
            var response = response(post("/households/" + world.household() + "/team/authority/" + daan)
                    .with(as(person))
                    .with(csrf())
                    .param("holders", world.fred().toString()));
            assertThat(response.getStatus()).as(person.displayName()).isEqualTo(403);
            assertThat(holders(world, daan)).containsExactly(world.sanne());
            assertThat(entriesSince(before, person))
                    .extracting(Entry::event)
                    .doesNotContain("PARENTAL_AUTHORITY_RECORDED");
        }
        assertThat(response(post("/households/" + world.household() + "/team/authority/" + daan)
                                .with(as(world.grandma()))
                                .with(csrf())
                                .param("holders", world.fred().toString()))
                        .getStatus())
                .isIn(403, 404);
        var before = lastEntryId();
        var byMother = response(post("/households/" + world.household() + "/team/authority/" + daan)
                .with(as(world.mother()))
                .with(csrf())
                .param("holders", world.sanne().toString(), world.fred().toString()));
        assertThat(byMother.getStatus()).isEqualTo(302);
        assertThat(holders(world, daan)).containsExactlyInAnyOrder(world.sanne(), world.fred());
        assertThat(entriesSince(before, world.mother()))
                .extracting(Entry::event)
                .contains("PARENTAL_AUTHORITY_RECORDED");
        var byCoordinator = response(post("/households/" + world.household() + "/team/authority/" + daan)
                .with(as(world.hanna()))
                .with(csrf())
                .param("holders", world.sanne().toString()));
        assertThat(byCoordinator.getStatus()).isEqualTo(302);
        assertThat(holders(world, daan)).containsExactly(world.sanne());
        assertThat(body(get("/households/" + world.household() + "/team").with(as(world.piet()))))
                .doesNotContain("Wie heeft het gezag over");
    }

    @Test
    @DisplayName("R-5: an enforcing party is not recorded as process coordinator while a measure is considered")
    void anEnforcingPartyIsNoProcessCoordinator() throws Exception {
        var world = roles.fresh();
        var state = coordinations.of(world.household());
        var response = response(post("/households/" + world.household() + "/coordination")
                .with(as(world.hanna()))
                .with(csrf())
                .param("version", String.valueOf(state.version()))
                .param("coordinatorId", world.hannaInTeam().id().toString())
                .param("form", "CASE_COORDINATION")
                .param("complexityCriteria", "SEVERAL_PROBLEMS_IN_ONE_PERSON")
                .param("processCoordinatorId", world.ritaInTeam().id().toString())
                .param("chosenBy", "HOUSEHOLD")
                .param("enforcementConsidered", "true"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Deze organisatie kan nu ook geen procesregisseur zijn.");
        assertThat(coordinations.of(world.household())).isEqualTo(state);
    }

    @Test
    @DisplayName("R-7: recording coordination never replaces a chosen coordinator; a handover does, never to a child")
    void aChangeOfCoordinatorGoesThroughTheHandover() throws Exception {
        var world = roles.fresh();
        var household = world.household();
        var state = coordinations.of(household);
        var replaced = response(post("/households/" + household + "/coordination")
                .with(as(world.hanna()))
                .with(csrf())
                .param("version", String.valueOf(state.version()))
                .param("coordinatorId", participantOf(world, world.sanne()).toString())
                .param("form", "SELF_DIRECTION")
                .param("chosenBy", "HOUSEHOLD"));
        assertThat(replaced.getStatus()).isEqualTo(422);
        assertThat(replaced.getContentAsString(StandardCharsets.UTF_8))
                .contains("Een andere regisseur kiest u met een overdracht");
        assertThat(coordinations.of(household)).isEqualTo(state);
        for (var child :
                new UUID[] {world.daanInTeam().id(), world.expectedInTeam().id()}) {
            var handedToChild = response(post("/households/" + household + "/coordination/handover")
                    .with(as(world.hanna()))
                    .with(csrf())
                    .param("version", String.valueOf(state.version()))
                    .param("successorId", child.toString())
                    .param("note", "overdracht"));
            assertThat(handedToChild.getStatus()).isEqualTo(422);
            assertThat(coordinations.of(household)).isEqualTo(state);
        }
        var handedOver = response(post("/households/" + household + "/coordination/handover")
                .with(as(world.hanna()))
                .with(csrf())
                .param("version", String.valueOf(state.version()))
                .param("successorId", participantOf(world, world.sanne()).toString())
                .param("note", "Sanne neemt de regie over"));
        assertThat(handedOver.getStatus()).isEqualTo(302);
        assertThat(coordinations.history(household))
                .extracting(h -> h.handoverNote())
                .contains("Sanne neemt de regie over");
    }

    @Test
    @DisplayName("H-1: an expected child is not offered as acting person nor marked as taking part or getting a copy")
    void anExpectedChildIsNotOffered() throws Exception {
        var expected = w().expectedInTeam().id().toString();
        var daan = w().daanInTeam().id().toString();
        var team = body(get(path("/team")).with(as(w().hanna())));
        assertThat(team).contains("Verwacht kind: doet nog niet mee").doesNotContain("copy-" + expected);
        assertThat(team).doesNotContain("value=\"" + expected + "\"").doesNotContain("<option value=\"" + daan);
        var coordination = body(get(path("/coordination")).with(as(w().hanna())));
        assertThat(coordination).doesNotContain("value=\"" + expected + "\"").doesNotContain("value=\"" + daan + "\"");
        var plan = body(get(path("/plan/approach")).with(as(w().hanna())));
        assertThat(plan).doesNotContain("value=\"" + expected + "\"").contains("value=\"" + daan + "\"");
        var refused = response(post(path("/plan/goals/" + goalOf(w()) + "/actions"))
                .with(as(w().hanna()))
                .with(csrf())
                .param("version", String.valueOf(roles.version(w().household())))
                .param("what", "Het verwachte kind doet iets")
                .param("participantIds", expected)
                .param("startDate", "2026-12-07")
                .param("targetDate", "2027-01-07")
                .param("evaluationDate", "2027-01-21"));
        assertThat(refused.getStatus()).isIn(200, 400, 409, 422);
        assertThat(body(get(path("/plan/approach")).with(as(w().hanna()))))
                .doesNotContain("Het verwachte kind doet iets");
    }

    @Test
    @DisplayName(
            "C-1, E-1: without consent, my work tells of an overdue action without its text; the mail leads to a page he opens")
    void withoutConsentMyWorkAndMailStayHonest() throws Exception {
        var world = roles.fresh();
        var household = world.household();
        var today = java.time.LocalDate.now(DutchTime.ZONE);
        var peterInTeam = team.participationOf(household, world.peter().id()).orElseThrow();
        var action = planEditing.addAction(
                household,
                planAccess.viewer(household, world.hanna()),
                roles.version(household),
                goalOf(world),
                new NewAction(
                        "Peter vraagt de schuldsanering aan",
                        Set.of(peterInTeam.id()),
                        today.minusWeeks(3),
                        today.minusDays(2),
                        today.plusWeeks(1)));
        var myWork = body(get("/my-work").with(as(world.peter())));
        assertThat(myWork)
                .contains("Gezin " + world.familyName(), "1 open actie(s), waarvan 1 te laat")
                .doesNotContain("Peter vraagt de schuldsanering aan", RolesFixture.HANNAS_GOAL);
        signals.signal(
                household,
                world.hanna().id(),
                new NewStagnation(action, peterInTeam.id(), "Geen reactie", null),
                today);
        var mail = (String) awaitMailTo(world.peter().email()).getContent();
        assertThat(mail).contains("/households/" + household + "/consents").doesNotContain("/escalations/");
        var link = java.net.URI.create(linkIn(mail)).getPath();
        assertThat(response(get(link).with(as(world.peter()))).getStatus()).isEqualTo(200);
        // Piet lacks consent about Daan: he is sent to the consents too; Hanna, who owns step 1, to the escalation.
        assertThat((String) awaitMailTo(world.piet().email()).getContent())
                .contains("/consents")
                .doesNotContain("/escalations/");
        assertThat((String) awaitMailTo(world.hanna().email()).getContent()).contains("/escalations/");
    }

    @Test
    @DisplayName("C-1: adding a professional or giving him an action that consent does not cover warns what is missing")
    void workWithoutConsentIsWarnedAbout() throws Exception {
        var world = roles.fresh();
        var household = world.household();
        var organisation = team.participationOf(household, world.peter().id())
                .orElseThrow()
                .organisationId();
        var added = mvc.perform(post("/households/" + household + "/team/new")
                        .with(as(world.hanna()))
                        .with(csrf())
                        .param("kind", "PROFESSIONAL")
                        .param("name", "Kees Kopie")
                        .param("relation", "budgetcoach")
                        .param("organisationId", organisation.toString())
                        .param("active", "true"))
                .andReturn();
        assertThat(added.getResponse().getStatus()).isEqualTo(302);
        assertThat(added.getFlashMap().get("consentWarnings"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(w -> assertThat(w.toString()).contains("Kees Kopie", "Daan " + world.familyName()));
        var peterInTeam = team.participationOf(household, world.peter().id()).orElseThrow();
        var given = mvc.perform(post("/households/" + household + "/plan/goals/" + goalOf(world) + "/actions")
                        .with(as(world.hanna()))
                        .with(csrf())
                        .param("version", String.valueOf(roles.version(household)))
                        .param("what", "Peter belt de bank")
                        .param(
                                "participantIds",
                                peterInTeam.id().toString(),
                                world.hannaInTeam().id().toString())
                        .param("startDate", "2026-12-07")
                        .param("targetDate", "2027-01-07")
                        .param("evaluationDate", "2027-01-21"))
                .andReturn();
        assertThat(given.getResponse().getStatus()).isEqualTo(302);
        assertThat(given.getFlashMap().get("consentWarnings"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(w ->
                        assertThat(w.toString()).contains(world.peter().displayName(), "Sanne " + world.familyName()));
        var page = body(get("/households/" + household + "/plan/approach")
                .with(as(world.hanna()))
                .cookie(given.getResponse().getCookie("JSESSIONID")));
        assertThat(page).contains("Let op: er is nog geen toestemming om informatie over Sanne " + world.familyName());
    }

    @Test
    @DisplayName(
            "PL-9: the mother cannot establish alone; with the coordinator's agreement she can, and the version says who")
    void establishingRecordsWhoAgreed() throws Exception {
        var world = roles.fresh();
        var plan = "/households/" + world.household() + "/plan";
        planEditing.addGoal(
                world.household(),
                planAccess.viewer(world.household(), world.hanna()),
                roles.version(world.household()),
                "Lotte haalt haar rijbewijs");
        var alone = response(post(plan + "/establish")
                .with(as(world.mother()))
                .with(csrf())
                .param("version", String.valueOf(roles.version(world.household()))));
        assertThat(alone.getStatus()).isEqualTo(422);
        assertThat(alone.getContentAsString(StandardCharsets.UTF_8)).contains("De regisseur moet eerst akkoord geven.");
        assertThat(body(get(plan + "/versions").with(as(world.mother())))).doesNotContain("Versie 2");
        assertThat(response(post(plan + "/agree")
                                .with(as(world.piet()))
                                .with(csrf())
                                .param("version", String.valueOf(roles.version(world.household()))))
                        .getStatus())
                .isEqualTo(403);
        var before = lastEntryId();
        assertThat(response(post(plan + "/agree")
                                .with(as(world.hanna()))
                                .with(csrf())
                                .param("version", String.valueOf(roles.version(world.household()))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(entriesSince(before, world.hanna())).extracting(Entry::event).containsExactly("PLAN_AGREED");
        assertThat(body(get(plan + "/approach").with(as(world.mother()))))
                .contains("Akkoord met het plan zoals het nu is: Hanna Hulp");
        var established = response(post(plan + "/establish")
                .with(as(world.mother()))
                .with(csrf())
                .param("version", String.valueOf(roles.version(world.household()))));
        assertThat(established.getRedirectedUrl()).isEqualTo(plan + "/versions/2");
        assertThat(body(get(plan + "/versions").with(as(world.mother()))))
                .contains("Vastgesteld door Sanne " + world.familyName())
                .contains("Akkoord: Hanna Hulp (")
                .contains("Sanne " + world.familyName() + " (moeder)");
    }

    @Test
    @DisplayName("R-7: closing the plan is its own confirmed step on its own page, not part of establishing")
    void closingIsItsOwnStep() throws Exception {
        var plan = body(get(path("/plan/approach")).with(as(w().hanna())));
        assertThat(plan).doesNotContain("close-confirmed").contains("/plan/close\"");
        var closing = response(get(path("/plan/close")).with(as(w().hanna())));
        assertThat(closing.getStatus()).isEqualTo(200);
        assertThat(closing.getContentAsString(StandardCharsets.UTF_8))
                .contains("close-confirmed", "Ik weet zeker dat het plan stopt.")
                .doesNotContain("plan/establish");
        assertThat(response(get(path("/plan/close")).with(as(w().grandma()))).getStatus())
                .isEqualTo(404);
    }

    /** Every state-changing form of the team, coordination, plan and consents, with plausible input. */
    private java.util.List<MockHttpServletRequestBuilder> changes() {
        var v = String.valueOf(roles.version(w().household()));
        var coordination = String.valueOf(coordinations.of(w().household()).version());
        var aboutDaan = jdbc.sql("select id from consent where subject_id = ?")
                .param(w().daan())
                .query(UUID.class)
                .single();
        return java.util.List.of(
                post(path("/team/authority/" + w().daan()))
                        .param("holders", w().fred().toString()),
                post(path("/team/copies"))
                        .param("receiving", w().grandmaInTeam().id().toString()),
                post(path("/team/invitations"))
                        .param("participantId", w().daanInTeam().id().toString())
                        .param("email", "daan@test.example"),
                post(path("/team/new"))
                        .param("kind", "NETWORK")
                        .param("name", "Buurman Bert")
                        .param("relation", "buurman")
                        .param("active", "true"),
                post(path("/coordination"))
                        .param("version", coordination)
                        .param("coordinatorId", w().hannaInTeam().id().toString())
                        .param("form", "CASE_COORDINATION")
                        .param("chosenBy", "HOUSEHOLD"),
                post(path("/coordination/handover"))
                        .param("version", coordination)
                        .param("successorId", w().grandmaInTeam().id().toString()),
                post(path("/plan/goals")).param("version", v).param("title", "Ander doel"),
                post(path("/plan/goals/" + goalOf(w()) + "/actions"))
                        .param("version", v)
                        .param("what", "Iets anders")
                        .param("participantIds", w().hannaInTeam().id().toString())
                        .param("startDate", "2026-12-07")
                        .param("targetDate", "2027-01-07")
                        .param("evaluationDate", "2027-01-21"),
                post(path("/plan/agree")).param("version", v),
                post(path("/plan/establish")).param("version", v),
                post(path("/plan/close"))
                        .param("version", v)
                        .param("reason", "HANDED_OVER")
                        .param("confirmed", "true"),
                post(path("/consents/" + aboutDaan + "/withdrawal")).param("version", "0"));
    }

    @Test
    @DisplayName(
            "X-5, C-1, R-5: the network, professionals without consent, the enforcing party and outsiders change nothing")
    void theyChangeNothing() throws Exception {
        var household = w().household();
        var planVersion = roles.version(household);
        var coordination = coordinations.of(household);
        for (var person :
                new AccountPrincipal[] {w().grandma(), w().piet(), w().peter(), w().rita(), w().colleague()}) {
            for (var change : changes()) {
                var before = lastEntryId();
                var request = change.with(as(person)).with(csrf());
                var status = response(request).getStatus();
                assertThat(status)
                        .as(person.displayName() + " "
                                + request.buildRequest(null).getRequestURI())
                        .isIn(403, 404);
                assertThat(entriesSince(before, person))
                        .extracting(Entry::event)
                        .allMatch(e -> e.equals("PLAN_CONSENT_MISSING_SHOWN"));
            }
        }
        assertThat(roles.version(household)).isEqualTo(planVersion);
        assertThat(coordinations.of(household)).isEqualTo(coordination);
        assertThat(holders(w(), w().daan())).containsExactly(w().sanne());
        assertThat(team.of(household)).noneMatch(p -> p.name().equals("Buurman Bert"));
    }

    private UUID goalOf(RolesFixture.World world) {
        return jdbc.sql("""
                        select g.id from goal g join plan p on p.id = g.plan_id
                        where p.household_id = ? and g.title = ?
                        """)
                .params(world.household(), RolesFixture.HANNAS_GOAL)
                .query(UUID.class)
                .single();
    }

    private UUID participantOf(RolesFixture.World world, UUID memberId) {
        return team.of(world.household()).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private java.util.Set<UUID> holders(RolesFixture.World world, UUID child) {
        return households.members(world.household()).stream()
                .filter(m -> m.id().equals(child))
                .findFirst()
                .orElseThrow()
                .authorityHolderIds();
    }

    @Override
    String path(String route) {
        return "/households/" + w().household() + route;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return response(request).getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
