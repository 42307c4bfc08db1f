package nl.eenplan.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.household.Member;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one policy of who may act in which role, without the database. */
class RoleEligibilityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final UUID household = UUID.randomUUID();
    private final Participant mother = member();
    private final Participant youth16 = member();
    private final Participant youth12 = member();
    private final Participant child11 = member();
    private final Participant expected = member();
    private final Participant grandma = other(ParticipantKind.NETWORK, true);
    private final Participant professional = other(ParticipantKind.PROFESSIONAL, true);
    private final Participant doctor = other(ParticipantKind.PROFESSIONAL, false);
    private final Map<UUID, Member> members = Map.of(
            mother.memberId(), born(mother, LocalDate.of(1985, 6, 1)),
            youth16.memberId(), born(youth16, TODAY.minusYears(16)),
            youth12.memberId(), born(youth12, TODAY.minusYears(12)),
            child11.memberId(), born(child11, TODAY.minusYears(11)),
            expected.memberId(),
                    new Member(
                            expected.memberId(), "Baby", "Smit", null, TODAY.plusMonths(2), "kind", true, null, null));

    @Test
    @DisplayName("H-1: an expected child is offered and accepted as no acting person at all")
    void anExpectedChildNeverActs() {
        for (var role : Role.values()) {
            assertThat(refusal(expected, role)).as(role.name()).isEqualTo("role.refused.expected");
        }
    }

    @Test
    @DisplayName("R-1, R-3: the coordinator is an adult member, a network member or a professional")
    void coordinator() {
        assertThat(refusal(mother, Role.COORDINATOR)).isNull();
        assertThat(refusal(grandma, Role.COORDINATOR)).isNull();
        assertThat(refusal(professional, Role.COORDINATOR)).isNull();
        assertThat(refusal(youth16, Role.COORDINATOR)).isEqualTo("role.refused.COORDINATOR");
        assertThat(refusal(child11, Role.COORDINATOR)).isEqualTo("role.refused.COORDINATOR");
        assertThat(refusal(doctor, Role.COORDINATOR)).isEqualTo("role.refused.notActive");
        assertThat(refusal(mother, Role.PROCESS_COORDINATOR)).isEqualTo("role.refused.PROCESS_COORDINATOR");
        assertThat(refusal(professional, Role.PROCESS_COORDINATOR)).isNull();
    }

    @Test
    @DisplayName("M-4: the chair and the minute taker are an adult member or a professional, not the network")
    void chairAndMinuteTaker() {
        for (var role : Set.of(Role.CHAIR, Role.MINUTE_TAKER)) {
            assertThat(refusal(mother, role)).isNull();
            assertThat(refusal(professional, role)).isNull();
            assertThat(refusal(youth16, role)).isEqualTo("role.refused." + role.name());
            assertThat(refusal(grandma, role)).isEqualTo("role.refused." + role.name());
        }
    }

    @Test
    @DisplayName("PL-2, H-2, C-1: every born active member has actions; members log in from 12")
    void actionsAndLoggingIn() {
        assertThat(refusal(child11, Role.ACTION_OWNER)).isNull();
        assertThat(refusal(grandma, Role.ACTION_OWNER)).isNull();
        assertThat(refusal(doctor, Role.ACTION_OWNER)).isEqualTo("role.refused.notActive");
        assertThat(refusal(youth12, Role.LOGIN_INVITEE)).isNull();
        assertThat(refusal(child11, Role.LOGIN_INVITEE)).isEqualTo("role.refused.LOGIN_INVITEE");
        assertThat(refusal(doctor, Role.LOGIN_INVITEE)).isNull();
    }

    private String refusal(Participant p, Role role) {
        return RoleEligibility.refusal(p, role, members, TODAY).orElse(null);
    }

    private Participant member() {
        return participant(ParticipantKind.HOUSEHOLD_MEMBER, UUID.randomUUID(), true);
    }

    private Participant other(ParticipantKind kind, boolean active) {
        return participant(kind, null, active);
    }

    private Participant participant(ParticipantKind kind, UUID memberId, boolean active) {
        return new Participant(
                UUID.randomUUID(),
                household,
                kind,
                memberId,
                null,
                null,
                kind.name(),
                "relatie",
                Set.of(),
                null,
                null,
                active,
                active,
                false,
                null);
    }

    private static Member born(Participant p, LocalDate date) {
        return new Member(p.memberId(), "Naam", "Smit", date, null, "kind", true, null, null);
    }
}
