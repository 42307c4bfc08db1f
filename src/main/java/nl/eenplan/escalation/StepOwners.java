package nl.eenplan.escalation;

import java.util.List;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.organisation.StaffMembership;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.stereotype.Component;

/**
 * Finds the owners of a step (E-1..E-4): the coordinator for steps 1 and 2; the managers of the
 * coordinator's and of the professional's organisation for step 3; a municipal contact point of the
 * household's municipality for step 4.
 */
@Component
class StepOwners {

    /** The owner of a step and, at step 3, its second owner. */
    record Chosen(UUID owner, UUID secondOwner) {}

    private final StaffRoster roster;
    private final AccountDirectory accounts;

    StepOwners(StaffRoster roster, AccountDirectory accounts) {
        this.roster = roster;
        this.accounts = accounts;
    }

    StepOwnerCandidates candidates(Escalation e, StepOwner owner) {
        var p = e.parties();
        return switch (owner) {
            case COORDINATOR ->
                new StepOwnerCandidates(
                        owner, List.of(person(p.coordinatorAccountId(), p.coordinatorName())), List.of());
            case MANAGERS ->
                new StepOwnerCandidates(
                        owner,
                        p.coordinatorOrganisationId() == null
                                ? List.of()
                                : people(roster.holders(p.coordinatorOrganisationId(), StaffRole.MANAGER)),
                        people(roster.holders(p.professionalOrganisationId(), StaffRole.MANAGER)));
            case CONTACT_POINT ->
                new StepOwnerCandidates(
                        owner,
                        people(roster.holdersInMunicipality(e.municipalityId(), StaffRole.MUNICIPAL_CONTACT_POINT)),
                        List.of());
        };
    }

    /**
     * The chosen owners among the candidates; a choice left open takes the first candidate. Refuses
     * when there is nobody, or when the choice is not one of the candidates.
     */
    Chosen choose(StepOwnerCandidates candidates, UUID first, UUID second) {
        var owner = pick(candidates.first(), first, noOne(candidates.owner(), true));
        var secondOwner =
                candidates.needsSecond() ? pick(candidates.second(), second, noOne(candidates.owner(), false)) : null;
        return new Chosen(owner, secondOwner);
    }

    String nameOf(UUID accountId) {
        return accountId == null
                ? null
                : accounts.find(accountId).map(AccountSummary::displayName).orElse("?");
    }

    private static UUID pick(List<StepOwnerCandidates.Person> people, UUID chosen, String nobody) {
        if (people.isEmpty()) {
            throw new EscalationRefused(nobody);
        }
        if (chosen == null) {
            return people.getFirst().accountId();
        }
        return people.stream()
                .map(StepOwnerCandidates.Person::accountId)
                .filter(chosen::equals)
                .findFirst()
                .orElseThrow(() -> new EscalationRefused("escalation.raise.ownerUnknown"));
    }

    private static String noOne(StepOwner owner, boolean first) {
        return switch (owner) {
            case COORDINATOR -> "escalation.refused.noCoordinatorAccount";
            case MANAGERS ->
                first ? "escalation.refused.noCoordinatorManager" : "escalation.refused.noProfessionalManager";
            case CONTACT_POINT -> "escalation.refused.noContactPoint";
        };
    }

    private List<StepOwnerCandidates.Person> people(List<StaffMembership> memberships) {
        return memberships.stream()
                .map(StaffMembership::accountId)
                .distinct()
                .map(id -> person(id, nameOf(id)))
                .toList();
    }

    private static StepOwnerCandidates.Person person(UUID accountId, String name) {
        return new StepOwnerCandidates.Person(accountId, name);
    }
}
