package nl.eenplan.plan;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PL-9: agreeing to a household's plan and establishing it as a new numbered version. The household
 * and the coordinator agree ({@link PlanAgreements}); {@link Plan} decides when it may be established.
 * Logged.
 */
@Service
public class PlanEstablishing {

    private final Plans plans;
    private final CurrentPlans current;
    private final Team team;
    private final Coordinations coordinations;
    private final VersionSnapshots snapshots;
    private final Clock clock;

    PlanEstablishing(
            Plans plans,
            CurrentPlans current,
            Team team,
            Coordinations coordinations,
            VersionSnapshots snapshots,
            Clock clock) {
        this.plans = plans;
        this.current = current;
        this.team = team;
        this.coordinations = coordinations;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** PL-9: freezes the plan as a new numbered version; the coordinator agrees, all who agreed are kept. */
    @Transactional
    public int establish(UUID householdId, Viewer viewer, int expectedVersion) {
        var plan = current.toChange(householdId, viewer);
        var now = clock.instant();
        var change = plan.establish(
                expectedVersion,
                viewer,
                coordinations.of(householdId),
                agreed(plan, team.of(plan.householdId())),
                now,
                (number, agreedBy) -> snapshots.take(plan, number, now, viewer.participant(), agreedBy));
        plans.save(change);
        var number = change.plan().lastVersionNumber();
        current.log(viewer, "PLAN_ESTABLISHED", plan, "version " + number);
        return number;
    }

    /**
     * PL-9: a household member or the coordinator agrees to the plan as it stands; any change after it
     * asks for agreement again.
     */
    @Transactional
    public void agree(UUID householdId, Viewer viewer, int expectedVersion) {
        var plan = current.of(householdId, viewer);
        // PL-10: a foster parent agrees too, even when he sees only his own actions; others find no plan.
        if (!viewer.mayEdit()
                && !plan.situation().fosterParent(viewer.participant().id())) {
            throw new PlanNotFound();
        }
        plans.save(plan.agree(expectedVersion, viewer, coordinations.of(householdId), clock.instant()));
        current.log(viewer, "PLAN_AGREED", plan, "plan version " + plan.version());
    }

    /** PL-9: whether this viewer's agreement counts: a household member or the coordinator. */
    public boolean mayAgree(UUID householdId, Viewer viewer) {
        return PlanAgreements.mayAgree(viewer, coordinations.of(householdId));
    }

    /** PL-9, PL-10: whether this viewer's agreement to this plan counts: also a foster parent named in tab 1. */
    public boolean mayAgree(Plan plan, Viewer viewer) {
        return PlanAgreements.mayAgree(viewer, coordinations.of(plan.householdId()), plan);
    }

    /** PL-9, PL-10: whether this viewer agreed to the plan as it stands. */
    @Transactional(readOnly = true)
    public boolean hasAgreed(Plan plan, Viewer viewer) {
        return plans.agreed(plan).contains(viewer.participant().id());
    }

    /**
     * PL-9: the names of those who agreed to the plan as it stands, for the plan page, which has read
     * the plan and its team already.
     */
    @Transactional(readOnly = true)
    public List<String> agreedNow(Plan plan, List<Participant> participants, Viewer viewer) {
        if (!viewer.seeingPlan().mayEdit()) {
            return List.of();
        }
        return PlanAgreements.names(agreed(plan, participants));
    }

    /** Those who agreed to the plan as it stands now, in the team's order. */
    private List<Participant> agreed(Plan plan, List<Participant> participants) {
        var ids = plans.agreed(plan);
        return participants.stream().filter(p -> ids.contains(p.id())).toList();
    }
}
