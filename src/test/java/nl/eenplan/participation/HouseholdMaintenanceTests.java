package nl.eenplan.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.Member;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** H-1, H-3: who keeps the household's members, and who decides for the household who is copy-only. */
class HouseholdMaintenanceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final UUID household = UUID.randomUUID();
    private final Member mother = member(LocalDate.of(1988, 4, 2));
    private final Member son = member(LocalDate.of(2011, 1, 1));
    private final List<Member> members = List.of(mother, son);

    @Test
    @DisplayName("H-1, H-3: an adult of the household keeps its members and decides who is copy-only")
    void anAdultMemberKeepsTheHouseholdAndDecidesCopies() {
        var rule = rule(Viewer.Scope.FULL, participant(ParticipantKind.HOUSEHOLD_MEMBER, mother.id(), true), null);

        assertThat(rule.mayMaintain()).isTrue();
        assertThat(rule.decidesCopies()).isTrue();
    }

    @Test
    @DisplayName("H-1: a child of 15 sees the plan but keeps neither the household nor the copies")
    void aChildDoesNotKeepTheHousehold() {
        var rule = rule(Viewer.Scope.FULL, participant(ParticipantKind.HOUSEHOLD_MEMBER, son.id(), true), null);

        assertThat(rule.mayMaintain()).isFalse();
        assertThat(rule.decidesCopies()).isFalse();
    }

    @Test
    @DisplayName("H-3: a professional with consent keeps the household; only as coordinator does he decide copies")
    void aProfessionalDecidesCopiesOnlyAsCoordinator() {
        var professional = participant(ParticipantKind.PROFESSIONAL, null, true);
        var caseTaker = UUID.randomUUID();
        var coordinated = new CoordinationState(
                household,
                1,
                professional.id(),
                CoordinationForm.CASE_COORDINATION,
                Set.of(),
                null,
                null,
                false,
                false,
                false);
        var someoneElse = new CoordinationState(
                household,
                1,
                UUID.randomUUID(),
                CoordinationForm.CASE_COORDINATION,
                Set.of(),
                null,
                null,
                false,
                false,
                false);

        assertThat(rule(Viewer.Scope.FULL, professional, null).mayMaintain()).isTrue();
        assertThat(rule(Viewer.Scope.FULL, professional, null, caseTaker).decidesCopies())
                .isFalse();
        assertThat(rule(Viewer.Scope.FULL, professional, coordinated).decidesCopies())
                .isTrue();
        assertThat(rule(Viewer.Scope.FULL, professional, someoneElse).decidesCopies())
                .isFalse();
        // M-2: before a coordinator is chosen, the professional who took the case up acts for it.
        assertThat(rule(Viewer.Scope.FULL, professional, null, professional.id())
                        .decidesCopies())
                .isTrue();
    }

    @Test
    @DisplayName("X-5, C-1: the network, a copy-only professional and one without consent change nothing")
    void othersChangeNothing() {
        var network = rule(Viewer.Scope.APPROACH, participant(ParticipantKind.NETWORK, null, true), null);
        var copyOnly = rule(Viewer.Scope.COPY, participant(ParticipantKind.PROFESSIONAL, null, false), null);
        var noConsent = rule(Viewer.Scope.NO_CONSENT, participant(ParticipantKind.PROFESSIONAL, null, true), null);

        for (var rule : List.of(network, copyOnly, noConsent)) {
            assertThat(rule.mayMaintain()).isFalse();
            assertThat(rule.decidesCopies()).isFalse();
        }
    }

    private HouseholdMaintenance rule(Viewer.Scope scope, Participant participant, CoordinationState coordination) {
        return rule(scope, participant, coordination, null);
    }

    private HouseholdMaintenance rule(
            Viewer.Scope scope, Participant participant, CoordinationState coordination, UUID caseTaker) {
        return new HouseholdMaintenance(
                new Viewer(UUID.randomUUID(), participant, scope),
                coordination == null ? CoordinationState.none(household) : coordination,
                caseTaker,
                members,
                TODAY);
    }

    private Participant participant(ParticipantKind kind, UUID memberId, boolean active) {
        return new Participant(
                UUID.randomUUID(),
                household,
                kind,
                memberId,
                null,
                kind == ParticipantKind.PROFESSIONAL ? UUID.randomUUID() : null,
                kind.name(),
                "relatie",
                Set.of(),
                null,
                null,
                active,
                true,
                false,
                null);
    }

    private static Member member(LocalDate born) {
        return new Member(UUID.randomUUID(), "Naam", "Jansen", born, null, "gezinslid", true, null, null);
    }
}
