package nl.eenplan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.Recipient;
import nl.eenplan.consent.Viewer;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.RoundTableInvitations;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.participation.CaseOpening;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParentalAuthorities;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import nl.eenplan.participation.TeamViewers;
import nl.eenplan.plan.NewAction;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanEditing;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanReading;

/**
 * The steps the demo's households are built of, each through the use case a person's page calls, so
 * the demo obeys the same rules: people join the team, consent is given as the age rule asks (C-1,
 * C-2), goals and actions are added to the plan on the version just read.
 */
class DemoSteps {

    /** The purpose of the demo's consents (C-2: never general). */
    static final String PURPOSE = "Samen met het gezin werken aan het plan";

    /** Use cases of the modules the demo drives. */
    record UseCases(
            HouseholdRegister households,
            CaseOpening cases,
            Team team,
            TeamViewers teamViewers,
            ParentalAuthorities authorities,
            Coordinations coordinations,
            ConsentRegistry consents,
            ConsentRule consentRule,
            PlanAccess access,
            PlanReading reading,
            PlanEditing editing,
            PlanEstablishing establishing,
            RoundTables roundTables,
            RoundTableInvitations invitations,
            StagnationSignals signals) {}

    private final UseCases use;

    DemoSteps(UseCases use) {
        this.use = use;
    }

    UseCases use() {
        return use;
    }

    /** C-1, C-2: one written consent per member, given by those the age rule asks, for the plan. */
    void giveConsent(UUID household, AccountPrincipal recorder, Set<Participant> recipients, LocalDate today) {
        giveConsent(household, recorder, recipients, today, Set.of(InformationCategory.PLAN));
    }

    /** C-2: for the Jansen plan also the assessments and the safety plan, which plan consent alone does not cover. */
    void giveConsent(
            UUID household,
            AccountPrincipal recorder,
            Set<Participant> recipients,
            LocalDate today,
            Set<InformationCategory> categories) {
        var to = recipients.stream().map(p -> Recipient.participant(p.id())).collect(Collectors.toSet());
        for (var member : use.households().members(household)) {
            if (member.unborn()) {
                continue; // an expected child is no subject of its own
            }
            var required = use.consentRule().requiredFor(member, today);
            use.consents()
                    .give(
                            household,
                            recorder.id(),
                            new NewConsent(
                                    member.id(),
                                    PURPOSE,
                                    categories,
                                    to,
                                    required.consenters(),
                                    ConsentManner.WRITTEN,
                                    today,
                                    today.plusYears(1)));
        }
    }

    Participant logsIn(UUID household, UUID memberId, AccountPrincipal person) {
        var participant = use.team().of(household).stream()
                .filter(p -> memberId.equals(p.memberId()))
                .findFirst()
                .orElseThrow();
        use.team().linkAccount(participant.id(), person.id());
        use.team().recordEmail(participant.id(), person.email());
        use.households().linkAccount(memberId, person.id());
        return participant;
    }

    Participant join(UUID household, AccountPrincipal person, UUID organisationId, String relation) {
        return use.team()
                .add(
                        household,
                        new NewParticipant(
                                organisationId == null ? ParticipantKind.NETWORK : ParticipantKind.PROFESSIONAL,
                                null,
                                organisationId,
                                person.displayName(),
                                relation,
                                Set.of(),
                                null,
                                person.email(),
                                true,
                                true,
                                false,
                                null),
                        person.id());
    }

    UUID goal(UUID household, AccountPrincipal coordinator, String title) {
        return use.editing().addGoal(household, viewer(household, coordinator), version(household, coordinator), title);
    }

    UUID action(UUID household, AccountPrincipal coordinator, UUID goal, NewAction action) {
        return use.editing()
                .addAction(household, viewer(household, coordinator), version(household, coordinator), goal, action);
    }

    Viewer viewer(UUID household, AccountPrincipal person) {
        return use.access().viewer(household, person);
    }

    int version(UUID household, AccountPrincipal person) {
        return use.reading()
                .currentAsPartOf(household, viewer(household, person))
                .version();
    }

    Participant participant(UUID household, AccountPrincipal person) {
        return use.team().participationOf(household, person.id()).orElseThrow();
    }

    static Member member(List<Member> members, String givenName) {
        return members.stream()
                .filter(m -> givenName.equals(m.givenName()))
                .findFirst()
                .orElseThrow();
    }
}
