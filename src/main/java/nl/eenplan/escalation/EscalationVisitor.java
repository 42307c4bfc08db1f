package nl.eenplan.escalation;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;

/**
 * A person looking at escalations, with what makes them a party (E-1..E-5, X-1): taking part in the
 * household's plan, coordinating it, managing an organisation or being a municipal contact point.
 * Managers and contact points outside the team see the escalation, never the plan.
 *
 * @param participant how the person takes part in the household's team, or {@code null}
 * @param managerOf the organisations in which the person is a manager
 * @param contactPointIn the municipalities in which the person is a municipal contact point
 */
public record EscalationVisitor(
        UUID accountId, Participant participant, boolean coordinator, Set<UUID> managerOf, Set<UUID> contactPointIn) {

    public EscalationVisitor {
        managerOf = Set.copyOf(managerOf);
        contactPointIn = Set.copyOf(contactPointIn);
    }

    /** Active household members and professionals see the whole plan, and so every escalation of it. */
    public boolean seesPlan() {
        return participant != null && participant.active() && participant.kind() != ParticipantKind.NETWORK;
    }

    /** G-4: the coordinator and every active professional may signal stagnation. */
    public boolean maySignal() {
        return coordinator || (seesPlan() && participant.isProfessional());
    }

    public boolean oversees() {
        return !managerOf.isEmpty() || !contactPointIn.isEmpty();
    }

    public boolean maySee(Escalation e) {
        return seesPlan()
                || e.ownsAnyStep(accountId)
                || managerOf.stream().anyMatch(e::involvesOrganisation)
                || contactPointIn.contains(e.municipalityId());
    }

    /**
     * What this person's access to an escalation rests on (X-1, NEN 7513): taking part in the team for
     * those who see the plan; otherwise owning or overseeing a step of the escalation ({@code
     * escalation:<id>}), as a manager, a contact point before step 4 or a professional without consent.
     */
    public AccessBasis accessBasis(Escalation e) {
        return accessBasis(Set.of(e));
    }

    /** The same for a page showing several escalations of one household: one ground for each shown. */
    public AccessBasis accessBasis(Collection<Escalation> shown) {
        if (seesPlan()) {
            return AccessBasis.participation(participant.id());
        }
        return AccessBasis.together(
                shown.stream().map(e -> AccessBasis.escalationStep(e.id())).toList());
    }

    /** E-1..E-4: the owner(s) of the current step record its outcome. */
    public boolean mayRecordOutcome(Escalation e) {
        return e.current().ownedBy(accountId);
    }

    /** The owners of the current step go up, and the coordinator, who leads the escalation. */
    public boolean mayRaise(Escalation e) {
        return e.current().ownedBy(accountId) || coordinator;
    }

    /** E-4: at the contact point's step only the contact point hands back; before it owners and coordinator. */
    public boolean mayDeEscalate(Escalation e, StepOwner currentOwner) {
        if (currentOwner == StepOwner.CONTACT_POINT) {
            return e.current().ownedBy(accountId);
        }
        return e.current().ownedBy(accountId) || coordinator;
    }
}
