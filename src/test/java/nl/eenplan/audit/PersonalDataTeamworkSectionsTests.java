package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.Recipient;
import nl.eenplan.escalation.NewStagnation;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.Answer;
import nl.eenplan.meeting.Reply;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTableMinutes;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.meeting.Schedule;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.CoordinatorChoice;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.NewAction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * the meeting and escalation sections of the personal-data copy hold the round tables, signals
 * and escalations of the member, not another member's.
 */
class PersonalDataTeamworkSectionsTests extends AuditTest {

    @Autowired
    ConsentRegistry consents;

    @Autowired
    ConsentRule rule;

    @Autowired
    RoundTables roundTables;

    @Autowired
    RoundTableInvitations invitations;

    @Autowired
    RoundTableMinutes minutes;

    @Autowired
    Coordinations coordinations;

    @Autowired
    StagnationSignals stagnation;

    @Test
    @DisplayName(
            "M-4, X-6: the meeting section holds the round tables the member was invited to, his answer and the minutes")
    void roundTablesTheMemberWasInvitedTo() throws Exception {
        sharePlanWith(participant("Hanna"));
        var id = roundTables.takeInitiative(household, access.viewer(household, hanna), null);
        var window = roundTables
                .detail(household, id, access.viewer(household, hanna))
                .roundTable()
                .window();
        roundTables.plan(
                household,
                id,
                access.viewer(household, hanna),
                version(id),
                new Schedule(window.earliest(), LocalTime.of(10, 0), LocalTime.of(11, 0), "Wijkcentrum De Brug", false),
                participant("Hanna").id(),
                null);
        invitations.invite(
                household,
                id,
                access.viewer(household, hanna),
                version(id),
                Set.of(participant("Sanne").id()));
        invitations.answer(
                household,
                id,
                access.viewer(household, sanne),
                0,
                new Reply(Answer.REPLACEMENT, "Oma Bakker", uniqueEmail("oma")));
        minutes.recordMinutes(
                household, id, access.viewer(household, hanna), version(id), "We spraken over school.", Set.of(), null);

        var json = copy(sanne, "Sanne");

        var roundTable = JsonPath.<Map<String, Object>>read(json, "$.sections.meeting.roundTables[0]");
        assertThat(roundTable)
                .containsEntry("date", window.earliest().toString())
                .containsEntry("place", "Wijkcentrum De Brug")
                .containsEntry("answer", "REPLACEMENT")
                .containsEntry("replacementName", "Oma Bakker")
                .containsEntry("minutes", "We spraken over school.");
        assertThat(JsonPath.<List<Object>>read(copy(karim, "Karim"), "$.sections.meeting.roundTables"))
                .isEmpty();
        var pdf = mvc.perform(get(
                                "/households/{h}/personal-data/{m}.pdf",
                                household,
                                member("Sanne").id())
                        .with(as(sanne)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Ronde Tafels", "Vervanger Oma Bakker", "We spraken over school.");
        }
    }

    @Test
    @DisplayName(
            "G-4, E-1, X-6: the escalation section holds signals and escalations about agreements the member takes part in")
    void signalsAndEscalationsAboutTheMembersAgreements() throws Exception {
        var piet = staff("Piet Prof");
        team.add(household, professional(piet), piet.id());
        sharePlanWith(participant("Hanna"), participant("Piet"));
        coordinations.decide(
                household,
                new CoordinatorChoice(
                        participant("Hanna").id(),
                        CoordinationForm.CASE_COORDINATION,
                        Set.of(),
                        null,
                        ChosenBy.HOUSEHOLD,
                        false,
                        false,
                        false),
                coordinations.of(household).version(),
                hanna.id(),
                false);
        var goal = planEditing.addGoal(household, access.viewer(household, hanna), planVersion(), "Schulden op orde");
        var together = action(goal, "Samen naar de schuldhulp", participant("Sanne"), participant("Piet"));
        var pietsOwn = action(goal, "Dossier aan de bank sturen", participant("Piet"));
        stagnation.signal(
                household,
                hanna.id(),
                new NewStagnation(together, participant("Piet").id(), "Piet belde niet terug", null),
                today());
        stagnation.signal(
                household,
                hanna.id(),
                new NewStagnation(together, participant("Sanne").id(), "Sanne kwam niet", "De regisseur belt Sanne"),
                today());
        stagnation.signal(
                household,
                hanna.id(),
                new NewStagnation(pietsOwn, participant("Piet").id(), "Bank wacht nog", null),
                today());

        var json = copy(sanne, "Sanne");

        assertThat(JsonPath.<List<String>>read(json, "$.sections.escalation.stagnationSignals[*].note"))
                .containsExactlyInAnyOrder("Piet belde niet terug", "Sanne kwam niet");
        assertThat(JsonPath.<List<String>>read(
                        json, "$.sections.escalation.stagnationSignals[?(@.aboutYou == true)].followUp"))
                .containsExactly("De regisseur belt Sanne");
        assertThat(JsonPath.<List<String>>read(json, "$.sections.escalation.escalations[*].agreement"))
                .containsExactly("Samen naar de schuldhulp");
        assertThat(JsonPath.<Integer>read(json, "$.sections.escalation.escalations[0].steps[0].step"))
                .isEqualTo(1);
        assertThat(JsonPath.<List<Object>>read(copy(karim, "Karim"), "$.sections.escalation.escalations"))
                .isEmpty();
    }

    /** C-1: shares the plan about every member with these professionals, so that they see it. */
    private void sharePlanWith(Participant... professionals) {
        var recipients = Arrays.stream(professionals)
                .map(p -> Recipient.participant(p.id()))
                .collect(Collectors.toSet());
        for (var m : households.members(household)) {
            consents.give(
                    household,
                    hanna.id(),
                    new NewConsent(
                            m.id(),
                            "Samen werken aan het plan",
                            Set.of(InformationCategory.PLAN),
                            recipients,
                            rule.requiredFor(m, today()).consenters(),
                            ConsentManner.WRITTEN,
                            today(),
                            today().plusYears(1)));
        }
    }

    /** The JSON copy of this member, downloaded by this person. */
    private String copy(AccountPrincipal person, String givenName) throws Exception {
        return mvc.perform(get(
                                "/households/{h}/personal-data/{m}.json",
                                household,
                                member(givenName).id())
                        .with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private NewParticipant professional(AccountPrincipal person) {
        return new NewParticipant(
                ParticipantKind.PROFESSIONAL,
                null,
                provider.id(),
                person.displayName(),
                "schuldhulp",
                Set.of(),
                null,
                person.email(),
                true,
                false,
                false,
                null);
    }

    private UUID action(UUID goal, String what, Participant... who) {
        var ids = Arrays.stream(who).map(Participant::id).collect(Collectors.toSet());
        return planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(what, ids, today(), today().plusWeeks(4), today().plusWeeks(6)));
    }

    private int version(UUID roundTable) {
        return roundTables
                .detail(household, roundTable, access.viewer(household, hanna))
                .roundTable()
                .version();
    }

    private int planVersion() {
        return jdbc.sql("select version from plan where household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}
