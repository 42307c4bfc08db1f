package nl.eenplan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import nl.eenplan.testing.EenPlanTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MON-1, MON-2: the dashboards count what the modules' own use cases published (no rows written into
 * their tables), per municipality, region and organisation, with small counts suppressed. The read model
 * is fed after each change committed, on its own thread, so the test waits for it.
 */
class DashboardFeedTests extends EenPlanTest {

    @Autowired
    DashboardFixture fixture;

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardAccess access;

    @Autowired
    MonitoringRebuild rebuild;

    @Test
    @DisplayName("MON-1, MON-2, PL-8, R-3, PL-10: the municipality's figures come from the events of the use cases")
    void municipalityFiguresFollowTheEvents() {
        var world = fixture.world();
        var scope = access.resolve(
                world.contactPoint().id(), new DashboardChoice(DashboardScope.Kind.MUNICIPALITY, world.municipality()));
        var dashboard = eventually(scope, d -> {
            assertThat(figures(d, "plans", "monitoring.row.started")).containsExactly("10");
            assertThat(figures(d, "plans", "monitoring.row.established")).containsExactly("5");
            assertThat(figures(d, "forms", "monitoring.row.total")).first().isEqualTo("10");
            assertThat(figures(d, "familyGroup", "monitoring.row.familyGroup")).containsExactly("5", "0.5");
        });
        assertThat(figures(dashboard, "familyGroup", "monitoring.row.noFamilyGroup"))
                .containsExactly("5", "0.5");
        // no self-direction (0, suppressed) would show as total minus the shown parts; one more part goes.
        assertThat(figures(dashboard, "forms", "monitoring.row.selfDirection")).containsExactly("<5", "-");
        assertThat(List.of(
                        figures(dashboard, "forms", "monitoring.row.simple").getFirst(),
                        figures(dashboard, "forms", "monitoring.row.complex").getFirst()))
                .containsExactlyInAnyOrder("<5", "5");
        assertThat(figures(dashboard, "organisations", "monitoring.row.total")).containsExactly("10", "1.0");
        // PL-10: asked for all ten today, the five established today were in time.
        assertThat(figures(dashboard, "written", "monitoring.row.inTime")).containsExactly("5", "0.5");
        assertThat(figures(dashboard, "written", "monitoring.row.lateOrNotYet")).containsExactly("5", "0.5");
        // PL-10: five decided without a family-group plan, all in time: "0 late" is under 5, so both parts go.
        assertThat(figures(dashboard, "established", "monitoring.row.total")).containsExactly("5", "1.0");
        assertThat(figures(dashboard, "established", "monitoring.row.inTime")).containsExactly("<5", "-");
        // One coordinator: too few to show.
        assertThat(figures(dashboard, "caseload", "monitoring.row.total")).containsExactly("<5");
        var month = dashboard.tables().stream()
                .filter(t -> t.key().equals("trend"))
                .findFirst()
                .orElseThrow()
                .rows()
                .getLast();
        assertThat(month.name())
                .isEqualTo(
                        YearMonth.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        assertThat(month.cells().get(0).count()).isEqualTo(10);
    }

    @Test
    @DisplayName("MON-1, R-3: the organisation's and the region's dashboards count the same plans")
    void organisationAndRegion() {
        var world = fixture.world();
        var organisation = access.resolve(
                world.manager().id(), new DashboardChoice(DashboardScope.Kind.ORGANISATION, world.provider()));
        eventually(
                organisation,
                d -> assertThat(figures(d, "plans", "monitoring.row.started")).containsExactly("10"));
        var region = access.resolve(
                world.otherContactPoint().id(), new DashboardChoice(DashboardScope.Kind.REGION, world.region()));
        assertThat(region.municipalities()).containsExactlyInAnyOrder(world.municipality(), world.otherMunicipality());
        eventually(
                region,
                d -> assertThat(figures(d, "plans", "monitoring.row.started")).containsExactly("10"));
        assertThat(access.scopes(world.hanna().id())).isEmpty();
        assertThat(access.scopes(world.otherContactPoint().id()))
                .extracting(DashboardScope::id)
                .containsExactly(world.otherMunicipality(), world.region());
    }

    @Test
    @DisplayName("MON-1: the read model rebuilt from scratch from the published read contracts gives the same figures")
    void rebuildGivesTheSameFigures() {
        var world = fixture.world();
        var scope = access.resolve(
                world.contactPoint().id(), new DashboardChoice(DashboardScope.Kind.MUNICIPALITY, world.municipality()));
        var before = eventually(
                scope,
                d -> assertThat(figures(d, "written", "monitoring.row.inTime")).containsExactly("5", "0.5"));
        var took = rebuild.rebuild();
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        var period = Period.parse(null, null, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        assertThat(dashboards.of(scope, period)).isEqualTo(before);
    }

    /** The figures of a row as text: counts whole, shares as fractions, suppressed "<5" or "-". */
    static List<String> figures(Dashboard dashboard, String table, String row) {
        return dashboard.tables().stream()
                .filter(t -> t.key().equals(table))
                .flatMap(t -> t.rows().stream())
                .filter(r -> row.equals(r.labelKey()))
                .findFirst()
                .orElseThrow()
                .cells()
                .stream()
                .map(c -> c.suppressed()
                        ? (c.kind() == Cell.Kind.COUNT ? "<5" : "-")
                        : c.kind() == Cell.Kind.COUNT ? Long.toString(c.count()) : String.valueOf(c.value()))
                .toList();
    }

    private Dashboard eventually(DashboardScope scope, Consumer<Dashboard> check) {
        var period = Period.parse(null, null, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> dashboards.of(scope, period), d -> {
                    try {
                        check.accept(d);
                        return true;
                    } catch (AssertionError notYet) {
                        return false;
                    }
                });
    }
}
