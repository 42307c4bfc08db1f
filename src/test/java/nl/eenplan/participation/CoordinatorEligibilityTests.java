package nl.eenplan.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.Member;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoordinatorEligibilityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final UUID household = UUID.randomUUID();
    private final Participant mother = participant(ParticipantKind.HOUSEHOLD_MEMBER, false, null, true);
    private final Participant neighbour = participant(ParticipantKind.NETWORK, false, null, true);
    private final Participant youthWorker = participant(ParticipantKind.PROFESSIONAL, false, null, true);
    private final Participant police = participant(ParticipantKind.PROFESSIONAL, true, null, true);
    private final Participant guardian =
            participant(ParticipantKind.PROFESSIONAL, false, LegalRole.FAMILY_GUARDIAN, true);
    private final Participant doctor = participant(ParticipantKind.PROFESSIONAL, false, null, false);
    private final Participant child = participant(ParticipantKind.HOUSEHOLD_MEMBER, false, null, true);
    private final Participant expected = participant(ParticipantKind.HOUSEHOLD_MEMBER, false, null, true);
    private final List<Participant> team =
            List.of(mother, neighbour, youthWorker, police, guardian, doctor, child, expected);
    private final Map<UUID, Member> members = Map.of(
            mother.memberId(), member(mother, LocalDate.of(1985, 6, 1), null),
            child.memberId(), member(child, TODAY.minusYears(9), null),
            expected.memberId(), member(expected, null, TODAY.plusMonths(3)));

    @Test
    @DisplayName("R-1: the household may choose one of its own as coordinator (self-direction)")
    void theHouseholdMayCoordinateItself() {
        assertThatCode(() -> check(choice(mother, CoordinationForm.SELF_DIRECTION, Set.of(), false, false), false))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-3: self-direction is not coordination by a professional")
    void selfDirectionIsNotForProfessionals() {
        assertRefused(
                choice(youthWorker, CoordinationForm.SELF_DIRECTION, Set.of(), false, false),
                false,
                "selfDirectionByProfessional");
    }

    @Test
    @DisplayName("R-3, R-9: complex case coordination needs a professional")
    void complexCaseCoordinationNeedsAProfessional() {
        var complex = Set.of(ComplexityCriterion.SEVERAL_PROBLEMS_IN_ONE_PERSON);
        assertRefused(
                choice(neighbour, CoordinationForm.CASE_COORDINATION, complex, false, false),
                false,
                "complexNeedsProfessional");
        assertThatCode(() ->
                        check(choice(youthWorker, CoordinationForm.CASE_COORDINATION, complex, false, false), false))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "R-5: an enforcing party cannot coordinate while a measure is considered, even if the household wants it")
    void anEnforcingPartyCannotCoordinateWhileAMeasureIsConsidered() {
        assertRefused(
                choice(police, CoordinationForm.CASE_COORDINATION, Set.of(), true, false), false, "enforcingParty");
        assertThatCode(() -> check(choice(police, CoordinationForm.CASE_COORDINATION, Set.of(), false, false), false))
                .as("R-5: temporarily in the first phase, when no measure is considered")
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-8: when parties disagree, only the access team decides")
    void whenPartiesDisagreeTheAccessTeamDecides() {
        var disputed = new CoordinatorChoice(
                youthWorker.id(),
                CoordinationForm.CASE_COORDINATION,
                Set.of(),
                null,
                ChosenBy.HOUSEHOLD,
                false,
                false,
                true);
        assertRefused(disputed, false, "disputedNeedsAccessTeam");
        var byAccessTeam = new CoordinatorChoice(
                youthWorker.id(),
                CoordinationForm.CASE_COORDINATION,
                Set.of(),
                null,
                ChosenBy.ACCESS_TEAM,
                false,
                false,
                true);
        assertRefused(byAccessTeam, false, "disputedNeedsAccessTeam");
        assertThatCode(() -> check(byAccessTeam, true)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("H-2: a copy-only recipient does not coordinate")
    void aCopyOnlyRecipientCannotCoordinate() {
        assertRefused(choice(doctor, CoordinationForm.CASE_COORDINATION, Set.of(), false, false), false, "notInTeam");
    }

    @Test
    @DisplayName("R-3: process coordination is a separate role for a professional")
    void processCoordinationIsForAProfessional() {
        var split = new CoordinatorChoice(
                mother.id(),
                CoordinationForm.SELF_DIRECTION,
                Set.of(),
                neighbour.id(),
                ChosenBy.HOUSEHOLD,
                false,
                false,
                false);
        assertRefused(split, false, "processNeedsProfessional");
        var fine = new CoordinatorChoice(
                mother.id(),
                CoordinationForm.SELF_DIRECTION,
                Set.of(),
                youthWorker.id(),
                ChosenBy.HOUSEHOLD,
                false,
                false,
                false);
        assertThatCode(() -> check(fine, false)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-6: in a threatening situation the (family) guardian comes first")
    void inAThreateningSituationTheGuardianComesFirst() {
        assertThat(CoordinatorEligibility.suggestionWhenThreatening(team)).contains(guardian);
    }

    @Test
    @DisplayName("R-6: without a guardian, an involved professional that does not enforce")
    void withoutAGuardianAnInvolvedProfessional() {
        assertThat(CoordinatorEligibility.suggestionWhenThreatening(List.of(mother, police, youthWorker)))
                .contains(youthWorker);
    }

    @Test
    @DisplayName("R-6: without any professional, the access team takes coordination")
    void withoutProfessionalsTheAccessTeam() {
        assertThat(CoordinatorEligibility.suggestionWhenThreatening(List.of(mother, neighbour, police)))
                .isEmpty();
    }

    @Test
    @DisplayName("R-5: an enforcing party is not process coordinator either while a measure is considered")
    void anEnforcingPartyIsNoProcessCoordinatorWhileAMeasureIsConsidered() {
        var withPolice = new CoordinatorChoice(
                youthWorker.id(),
                CoordinationForm.CASE_COORDINATION,
                Set.of(ComplexityCriterion.SEVERAL_PROBLEMS_IN_ONE_PERSON),
                police.id(),
                ChosenBy.HOUSEHOLD,
                false,
                true,
                false);
        assertRefused(withPolice, false, "enforcingProcess");
        var noMeasure = new CoordinatorChoice(
                youthWorker.id(),
                CoordinationForm.CASE_COORDINATION,
                Set.of(ComplexityCriterion.SEVERAL_PROBLEMS_IN_ONE_PERSON),
                police.id(),
                ChosenBy.HOUSEHOLD,
                false,
                false,
                false);
        assertThatCode(() -> check(noMeasure, false)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-1, H-1: a child of 9 and an expected child are never coordinator; an adult member is")
    void childrenDoNotCoordinate() {
        assertThatThrownBy(() -> check(choice(child, CoordinationForm.SELF_DIRECTION, Set.of(), false, false), false))
                .isInstanceOfSatisfying(
                        CoordinatorRefused.class, e -> assertThat(e.reason()).isEqualTo("role.refused.COORDINATOR"));
        assertThatThrownBy(
                        () -> check(choice(expected, CoordinationForm.SELF_DIRECTION, Set.of(), false, false), false))
                .isInstanceOfSatisfying(
                        CoordinatorRefused.class, e -> assertThat(e.reason()).isEqualTo("role.refused.expected"));
        assertThatCode(() -> check(choice(mother, CoordinationForm.SELF_DIRECTION, Set.of(), false, false), false))
                .doesNotThrowAnyException();
    }

    private void check(CoordinatorChoice choice, boolean accessTeam) {
        CoordinatorEligibility.check(choice, team, accessTeam, members, TODAY);
    }

    private static Member member(Participant p, LocalDate born, LocalDate expectedOn) {
        return new Member(p.memberId(), "Voornaam", "Achternaam", born, expectedOn, "kind", true, null, null);
    }

    private void assertRefused(CoordinatorChoice choice, boolean accessTeam, String rule) {
        assertThatThrownBy(() -> check(choice, accessTeam))
                .isInstanceOfSatisfying(
                        CoordinatorRefused.class,
                        e -> assertThat(e.reason()).isEqualTo("coordination.refused." + rule));
    }

    private static CoordinatorChoice choice(
            Participant who,
            CoordinationForm form,
            Set<ComplexityCriterion> criteria,
            boolean measure,
            boolean disputed) {
        return new CoordinatorChoice(who.id(), form, criteria, null, ChosenBy.HOUSEHOLD, false, measure, disputed);
    }

    private Participant participant(ParticipantKind kind, boolean enforcing, LegalRole legalRole, boolean active) {
        return new Participant(
                UUID.randomUUID(),
                household,
                kind,
                kind == ParticipantKind.HOUSEHOLD_MEMBER ? UUID.randomUUID() : null,
                null,
                kind == ParticipantKind.PROFESSIONAL ? UUID.randomUUID() : null,
                kind.name(),
                "relatie",
                Set.of(),
                null,
                null,
                active,
                true,
                enforcing,
                legalRole);
    }
}
