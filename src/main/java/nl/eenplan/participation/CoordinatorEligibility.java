package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.household.Member;

/** The rules of the method about who may coordinate, in one place. */
final class CoordinatorEligibility {

    private CoordinatorEligibility() {}

    /**
     * Refuses a choice the method does not allow, naming the rule as a message key.
     *
     * @param actorIsAccessTeam whether the person recording the choice works for an access team
     * @param members the household's members, for their age ({@link RoleEligibility})
     */
    static void check(
            CoordinatorChoice choice,
            List<Participant> team,
            boolean actorIsAccessTeam,
            Map<UUID, Member> members,
            LocalDate today) {
        var coordinator = active(team, choice.coordinatorId()).orElseThrow(() -> refused("notInTeam"));
        // An expected child never acts; a household member coordinates from 18 (RoleEligibility).
        RoleEligibility.refusal(coordinator, Role.COORDINATOR, members, today).ifPresent(reason -> {
            throw new CoordinatorRefused(reason);
        });
        if (choice.form() == CoordinationForm.SELF_DIRECTION && coordinator.kind() == ParticipantKind.PROFESSIONAL) {
            // self-direction means the household (or its network) coordinates itself.
            throw refused("selfDirectionByProfessional");
        }
        if (choice.form() == CoordinationForm.CASE_COORDINATION
                && !choice.complexityCriteria().isEmpty()
                && coordinator.kind() != ParticipantKind.PROFESSIONAL) {
            // complex case coordination needs a professional trained in the method.
            throw refused("complexNeedsProfessional");
        }
        if (coordinator.enforcing() && choice.enforcementConsidered()) {
            // not while an enforcement measure is being considered, even if the household wants it.
            throw refused("enforcingParty");
        }
        if (choice.disputed() && (choice.chosenBy() != ChosenBy.ACCESS_TEAM || !actorIsAccessTeam)) {
            // when parties do not agree, the access team decides.
            throw refused("disputedNeedsAccessTeam");
        }
        if (choice.chosenBy() == ChosenBy.ACCESS_TEAM && !actorIsAccessTeam) {
            throw refused("onlyAccessTeam");
        }
        if (choice.processCoordinatorId() != null) {
            var process = active(team, choice.processCoordinatorId()).orElseThrow(() -> refused("notInTeam"));
            if (process.kind() != ParticipantKind.PROFESSIONAL) {
                throw refused("processNeedsProfessional");
            }
            if (process.enforcing() && choice.enforcementConsidered()) {
                // an enforcing party coordinates in no form while a measure is considered.
                throw refused("enforcingProcess");
            }
        }
    }

    /**
     * in a threatening situation where the household does not choose: the (family) guardian or
     * probation officer; otherwise an involved professional that does not enforce. Empty means: the
     * access team takes coordination (or commissions a provider).
     */
    static Optional<Participant> suggestionWhenThreatening(List<Participant> team) {
        var legal = team.stream()
                .filter(Participant::active)
                .filter(p -> p.legalRole() != null)
                .min(Comparator.comparing(Participant::legalRole));
        if (legal.isPresent()) {
            return legal;
        }
        return team.stream()
                .filter(Participant::active)
                .filter(Participant::isProfessional)
                .filter(p -> !p.enforcing())
                .findFirst();
    }

    private static Optional<Participant> active(List<Participant> team, UUID id) {
        return team.stream()
                .filter(p -> p.id().equals(id))
                .filter(Participant::active)
                .findFirst();
    }

    private static CoordinatorRefused refused(String rule) {
        return new CoordinatorRefused("coordination.refused." + rule);
    }
}
