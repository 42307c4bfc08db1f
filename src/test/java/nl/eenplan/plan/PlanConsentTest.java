package nl.eenplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.FiveQuestions;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.NewSharingOverride;
import nl.eenplan.consent.OverrideDecision;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.SharingWithoutConsent;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.NewMember;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.NewHousehold;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The De Boer family for the tests of consent and the plan (C-1, C-2, C-5): Sanne and her son Tim of
 * 17, who consents alone. Hanna registered them and has their consent; her colleague Piet joined the
 * team and has none yet. Hanna coordinates, and the plan has one goal with an action for Piet.
 */
abstract class PlanConsentTest extends PlanPageTest {

    static final String GOAL = "Tim haalt zijn diploma";
    static final String PIETS_ACTION = "Piet belt de mentor van Tim";

    @Autowired
    ConsentRegistry consents;

    @Autowired
    SharingWithoutConsent sharingWithoutConsent;

    @Autowired
    HouseholdRegister households;

    @Autowired
    Clock clock;

    LocalDate today;
    UUID sanne;
    UUID tim;
    AccountPrincipal piet;
    Participant pietInTeam;
    UUID goal;

    @BeforeEach
    void theDeBoerFamily() {
        today = DutchTime.today(clock);
        familyName = "Boer" + UUID.randomUUID().toString().substring(0, 8);
        household = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin " + familyName,
                        provider.municipalityId(),
                        "Kerkstraat 2",
                        "1234 CD",
                        "Gouda",
                        List.of(
                                NewMember.born("Sanne", familyName, LocalDate.of(1985, 6, 1), "moeder"),
                                NewMember.born("Tim", familyName, today.minusYears(17), "zoon"))));
        var members = households.members(household);
        sanne = members.get(0).id();
        tim = members.get(1).id();
        shareWholePlanWith(household, hanna.id());
        piet = staff("Piet Peters");
        pietInTeam = professional(piet, true);
        hannaCoordinates();
        goal = goal(GOAL);
        action(goal, PIETS_ACTION, pietInTeam);
    }

    /** A colleague of Hanna's organisation in the team; {@code active} false: he only receives a copy. */
    Participant professional(AccountPrincipal account, boolean active) {
        return team.add(
                household,
                new NewParticipant(
                        ParticipantKind.PROFESSIONAL,
                        null,
                        provider.id(),
                        account.displayName(),
                        active ? "gezinscoach" : "huisarts",
                        Set.of(),
                        null,
                        account.email(),
                        active,
                        true,
                        false,
                        null),
                account.id());
    }

    /** C-1, C-2: the member (an adult, or Tim from 16) consents to sharing the plan with the recipient. */
    UUID consent(UUID member, Recipient recipient, LocalDate from, LocalDate until) {
        return consents.give(
                household,
                hanna.id(),
                new NewConsent(
                        member,
                        "Samen werken aan het plan",
                        Set.of(InformationCategory.PLAN),
                        Set.of(recipient),
                        Set.of(member),
                        ConsentManner.WRITTEN,
                        from,
                        until));
    }

    UUID consentForPiet(UUID member) {
        return consent(member, Recipient.participant(pietInTeam.id()), today, today.plusYears(1));
    }

    /** C-5: the team decided to share the plan about this member with Piet without consent. */
    UUID shareWithoutConsent(UUID member) {
        return sharingWithoutConsent.record(
                household,
                hanna.id(),
                new NewSharingOverride(
                        member,
                        Set.of(Recipient.participant(pietInTeam.id())),
                        Set.of(InformationCategory.PLAN),
                        new FiveQuestions(
                                "Tim veilig houden",
                                "Nee, Piet ziet Tim elke week",
                                "Nee, vragen brengt Tim in gevaar",
                                "Ja, het gevaar voor Tim is groot",
                                "Alleen het plan"),
                        today,
                        "teamleider en aandachtsfunctionaris",
                        OverrideDecision.SHARE,
                        false,
                        "Informeren brengt Tim in gevaar",
                        today.plusMonths(1)));
    }

    /** How much of the plan Piet sees on this day. */
    Viewer.Scope pietSees(LocalDate day) {
        return access.viewer(household, piet.id(), day).scope();
    }
}
