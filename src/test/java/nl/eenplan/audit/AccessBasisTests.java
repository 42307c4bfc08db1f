package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessBasisTests {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Test
    @DisplayName("X-1, C-1: a view resting on a consent about each member names them all, in one order")
    void severalGroundsTogether() {
        var basis = AccessBasis.together(
                List.of(AccessBasis.override(SECOND), AccessBasis.consent(SECOND), AccessBasis.consent(FIRST)));

        assertThat(basis.text()).isEqualTo("consent:" + FIRST + " consent:" + SECOND + " override:" + SECOND);
        assertThat(AccessBasis.parse(basis.text())).isEqualTo(basis);
        assertThat(AccessBasis.together(List.of(basis, AccessBasis.consent(FIRST))))
                .isEqualTo(basis);
    }

    @Test
    @DisplayName("X-1: one ground together is just that ground")
    void oneGround() {
        var basis = AccessBasis.together(List.of(AccessBasis.participation(FIRST)));

        assertThat(basis).isEqualTo(AccessBasis.participation(FIRST));
        assertThat(basis.text()).isEqualTo("participation:" + FIRST);
        assertThatThrownBy(() -> AccessBasis.together(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("X-1: an escalation step and EenPlan itself are grounds that read back as written")
    void escalationAndSystem() {
        assertThat(AccessBasis.escalationStep(FIRST).text()).isEqualTo("escalation:" + FIRST);
        assertThat(AccessBasis.parse("escalation:" + FIRST)).isEqualTo(AccessBasis.escalationStep(FIRST));
        assertThat(AccessBasis.system().text()).isEqualTo("system");
        assertThat(AccessBasis.parse("system")).isEqualTo(AccessBasis.system());
        assertThatThrownBy(() -> AccessBasis.escalationStep(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
