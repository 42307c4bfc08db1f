package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-1: small-cell suppression of the dashboards, exports and API. */
class SuppressionTests {

    @Test
    @DisplayName("MON-1: a count under 5 is never shown, nor a share computed from it")
    void smallCountsAreSuppressed() {
        for (long n = 0; n < 5; n++) {
            assertThat(Suppression.count(n).suppressed()).isTrue();
        }
        assertThat(Suppression.count(5).count()).isEqualTo(5);
        var cells = Suppression.parts(List.of(3L, 40L, 60L), 103);
        assertThat(Suppression.share(cells.get(0), cells.get(3)).suppressed()).isTrue();
        assertThat(Suppression.share(cells.get(2), cells.get(3)).value()).isEqualTo(60.0 / 103);
    }

    @Test
    @DisplayName("MON-1: one suppressed part of a shown total takes the next smallest part with it (no subtraction)")
    void complementaryDisclosure() {
        var cells = Suppression.parts(List.of(3L, 40L, 60L), 103);
        assertThat(cells).extracting(Cell::suppressed).containsExactly(true, true, false, false);
        var two = Suppression.parts(List.of(2L, 1L, 60L), 63);
        assertThat(two).extracting(Cell::suppressed).containsExactly(true, true, false, false);
        var none = Suppression.parts(List.of(20L, 40L), 60);
        assertThat(none).extracting(Cell::suppressed).containsExactly(false, false, false);
    }

    @Test
    @DisplayName("MON-1: a total under 5 suppresses every part, whatever its size")
    void smallTotal() {
        assertThat(Suppression.parts(List.of(4L, 0L), 4)).allMatch(Cell::suppressed);
    }

    @Test
    @DisplayName("MON-2, E-1..E-4: escalations by step with their mean duration, only over five or more ended")
    void escalationsByStep() {
        var table = DashboardTables.escalations(List.of(
                new long[] {1, 12, 10, 50}, new long[] {2, 6, 2, 30}, new long[] {3, 7, 5, 70}, new long[] {4, 9, 0, 0
                }));
        var step1 = table.rows().get(0).cells();
        assertThat(step1.get(0).count()).isEqualTo(12);
        assertThat(step1.get(1).count()).isEqualTo(10);
        assertThat(step1.get(2).value()).isEqualTo(5.0);
        assertThat(table.rows().get(1).cells().get(1).suppressed()).isTrue();
        assertThat(table.rows().get(1).cells().get(2).suppressed()).isTrue();
        assertThat(table.rows().get(2).cells().get(2).value()).isEqualTo(14.0);
        var total = table.rows().getLast().cells();
        assertThat(total.get(0).count()).isEqualTo(34);
        assertThat(total.get(2).value()).isEqualTo(150.0 / 17);
    }

    @Test
    @DisplayName("MON-2: coordinators by caseload band; bands under 5 coordinators suppressed with a second one")
    void caseloadBands() {
        var loads = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 30L);
        var table = DashboardTables.caseload(loads);
        assertThat(table.rows().get(0).cells().getFirst().count()).isEqualTo(5);
        assertThat(table.rows().get(1).cells().getFirst().count()).isEqualTo(5);
        assertThat(table.rows().get(4).cells().getFirst().suppressed()).isTrue();
        assertThat(table.rows().get(5).cells().getFirst().count()).isEqualTo(11);
    }
}
