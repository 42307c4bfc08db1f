package nl.eenplan.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * PL-9: who agreed to the plan as it stands. The household (an active member) and the coordinator (case
 * or process) agree; an agreement holds for the plan's current version counter, so any change after it
 * asks for agreement again. Establishing needs the coordinator's agreement, so a household member cannot
 * establish a version alone; the person who establishes agrees by doing so.
 */
@Component
class PlanAgreements {

    private final Plans plans;
    private final Team team;
    private final Clock clock;

    PlanAgreements(Plans plans, Team team, Clock clock) {
        this.plans = plans;
        this.team = team;
        this.clock = clock;
    }

    /** Whether this viewer's agreement counts: a member of the household, or the coordinator. */
    static boolean mayAgree(Viewer viewer, CoordinationState coordination) {
        return viewer.mayEdit()
                && (viewer.participant().kind() == ParticipantKind.HOUSEHOLD_MEMBER
                        || coordinates(viewer.participant(), coordination));
    }

    void agree(Plan plan, Viewer viewer) {
        plans.jdbc()
                .sql("""
                        insert into plan_agreement (plan_id, participant_id, plan_version, agreed_at)
                        values (?, ?, ?, ?)
                        on conflict (plan_id, participant_id) do update
                          set plan_version = excluded.plan_version, agreed_at = excluded.agreed_at
                        """)
                .params(plan.id(), viewer.participant().id(), plan.version(), Timestamp.from(clock.instant()))
                .update();
    }

    /** Those who agreed to the plan as it stands now, in the team's order. */
    List<Participant> agreed(Plan plan) {
        var ids = plans.jdbc()
                .sql("select participant_id from plan_agreement where plan_id = ? and plan_version = ?")
                .params(plan.id(), plan.version())
                .query(UUID.class)
                .list();
        return team.of(plan.householdId()).stream()
                .filter(p -> ids.contains(p.id()))
                .toList();
    }

    /**
     * Those who agree to the version being established: the recorded agreements and the person who
     * establishes. Refused without the coordinator's agreement.
     */
    List<Participant> forEstablishing(Plan plan, Viewer viewer, CoordinationState coordination) {
        if (!mayAgree(viewer, coordination)) {
            throw new PlanRefused("plan.establish.householdOrCoordinator");
        }
        var agreed = new ArrayList<>(agreed(plan));
        if (agreed.stream().noneMatch(p -> p.id().equals(viewer.participant().id()))) {
            agreed.add(viewer.participant());
        }
        if (agreed.stream().noneMatch(p -> coordinates(p, coordination))) {
            throw new PlanRefused("plan.establish.coordinatorMustAgree");
        }
        return agreed;
    }

    /** The names as the version keeps them: "name (relation)". */
    static List<String> names(List<Participant> agreed) {
        return agreed.stream().map(p -> p.name() + " (" + p.relation() + ")").toList();
    }

    private static boolean coordinates(Participant participant, CoordinationState coordination) {
        return Objects.equals(participant.id(), coordination.coordinatorId())
                || Objects.equals(participant.id(), coordination.processCoordinatorId());
    }
}
