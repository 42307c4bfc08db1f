package nl.eenplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.CoordinationState;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;

/**
 * PL-9: who agrees to the plan as it stands. The household (an active member) and the coordinator (case
 * or process) agree; an agreement holds for the plan's current version counter, so any change after it
 * asks for agreement again. Establishing needs the coordinator's agreement, so a household member cannot
 * establish a version alone; the person who establishes agrees by doing so.
 */
final class PlanAgreements {

    private PlanAgreements() {}

    /** Whether this viewer's agreement counts: a member of the household, or the coordinator. */
    static boolean mayAgree(Viewer viewer, CoordinationState coordination) {
        return viewer.mayEdit()
                && (viewer.participant().kind() == ParticipantKind.HOUSEHOLD_MEMBER
                        || coordinates(viewer.participant(), coordination));
    }

    /**
     * Whether this viewer's agreement to this plan counts: a member of the household, the coordinator, or
     * (PL-10) a foster parent named in tab 1, who agrees to the plan as far as it describes his role.
     */
    static boolean mayAgree(Viewer viewer, CoordinationState coordination, Plan plan) {
        return mayAgree(viewer, coordination)
                || (viewer.seesPlan()
                        && plan.situation().fosterParent(viewer.participant().id()));
    }

    /**
     * Those who agree to the version being established: those who agreed so far and the person who
     * establishes. Refused without the coordinator's agreement, and (PL-10) while a foster parent who does
     * something in the plan has not agreed to it as it stands.
     */
    static List<Participant> forEstablishing(
            List<Participant> agreedSoFar, Viewer viewer, CoordinationState coordination, Plan plan) {
        if (!mayAgree(viewer, coordination)) {
            throw new PlanRefused("plan.establish.householdOrCoordinator");
        }
        var agreed = new ArrayList<>(agreedSoFar);
        if (agreed.stream().noneMatch(p -> p.id().equals(viewer.participant().id()))) {
            agreed.add(viewer.participant());
        }
        if (agreed.stream().noneMatch(p -> coordinates(p, coordination))) {
            throw new PlanRefused("plan.establish.coordinatorMustAgree");
        }
        if (plan.fosterParentsWithAction().stream()
                .anyMatch(id -> agreed.stream().noneMatch(p -> p.id().equals(id)))) {
            throw new PlanRefused("plan.establish.fosterParentMustAgree");
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
