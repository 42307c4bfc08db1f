package nl.eenplan.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.consent.FiveQuestions;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.NewSharingOverride;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.SharingWithoutConsent;
import nl.eenplan.identity.AccountPrincipal;
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
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Bakker family of four as it is after some months: Hanna coordinates, Piet of the debt help
 * takes part, every member consented to sharing the plan, the plan has three goals with actions and
 * two established versions, a round table was held with minutes, and Piet shared Sanne's plan
 * without consent once (C-5) because of the children's safety.
 */
abstract class ReadableHouseholdTest extends AuditTest {

    static final String OVERRIDE_AIM = "de veiligheid van de kinderen bespreken";

    @Autowired
    ConsentRegistry consents;

    @Autowired
    ConsentRule rule;

    @Autowired
    SharingWithoutConsent sharing;

    @Autowired
    Coordinations coordinations;

    @Autowired
    RoundTables roundTables;

    @Autowired
    RoundTableMinutes minutes;

    AccountPrincipal piet;
    UUID overrideId;

    @BeforeEach
    void monthsOfWorkTogether() {
        piet = staff("Piet Prof");
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
        var debts = goal("Schulden op orde");
        action(debts, "Samen naar de schuldhulp", participant("Sanne"), participant("Piet"));
        action(debts, "Dossier aan de bank sturen", participant("Piet"));
        var school = goal("Sara gaat elke dag naar school");
        action(school, "Gesprek met de mentor", participant("Sanne"), participant("Hanna"));
        planEstablishing.establish(household, access.viewer(household, hanna), planVersion());
        var rest = goal("Rust in huis");
        action(rest, "Weekplanning maken", participant("Karim"), participant("Hanna"));
        planEstablishing.establish(household, access.viewer(household, hanna), planVersion());
        roundTable();
        overrideId =
                sharing.record(household, piet.id(), override(member("Sanne").id()));
        hannaReadsThePlan();
        planReading.current(household, access.viewer(household, piet));
    }

    /** The PDF copy of this member's data, downloaded by this person. */
    byte[] pdf(AccountPrincipal person, String givenName) throws Exception {
        return download(person, givenName, "pdf");
    }

    byte[] download(AccountPrincipal person, String givenName, String format) throws Exception {
        return mvc.perform(get(
                                "/households/{h}/personal-data/{m}." + format,
                                household,
                                member(givenName).id())
                        .with(as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private void roundTable() {
        var id = roundTables.takeInitiative(household, access.viewer(household, hanna), null);
        var window = roundTables
                .detail(household, id, access.viewer(household, hanna))
                .roundTable()
                .window();
        roundTables.plan(
                household,
                id,
                access.viewer(household, hanna),
                roundTableVersion(id),
                new Schedule(window.earliest(), LocalTime.of(10, 0), LocalTime.of(11, 0), "Wijkcentrum De Brug", false),
                participant("Hanna").id(),
                null);
        minutes.recordMinutes(
                household,
                id,
                access.viewer(household, hanna),
                roundTableVersion(id),
                "We spraken over school en de schulden.",
                Set.of(),
                null);
    }

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

    private NewSharingOverride override(UUID subject) {
        return new NewSharingOverride(
                subject,
                Set.of(Recipient.participant(participant("Piet").id())),
                Set.of(InformationCategory.PLAN),
                new FiveQuestions(OVERRIDE_AIM, "Nee", "Niet verantwoord", "Ja, de veiligheid", "Alleen het plan"),
                today(),
                "Team jeugdzorg",
                OverrideDecision.SHARE,
                true,
                null,
                today().plusMonths(1));
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

    private UUID goal(String title) {
        return planEditing.addGoal(household, access.viewer(household, hanna), planVersion(), title);
    }

    private void action(UUID goal, String what, Participant... who) {
        var ids = Arrays.stream(who).map(Participant::id).collect(Collectors.toSet());
        planEditing.addAction(
                household,
                access.viewer(household, hanna),
                planVersion(),
                goal,
                new NewAction(what, ids, today(), today().plusWeeks(4), today().plusWeeks(6)));
    }

    private int roundTableVersion(UUID roundTable) {
        return roundTables
                .detail(household, roundTable, access.viewer(household, hanna))
                .roundTable()
                .version();
    }

    int planVersion() {
        return jdbc.sql("select version from plan where household_id = ?")
                .param(household)
                .query(Integer.class)
                .single();
    }

    static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}
