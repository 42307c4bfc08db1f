package nl.eenplan.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.consent.Viewer;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Role;
import nl.eenplan.participation.RoleEligibility;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanNotFound;
import org.springframework.stereotype.Component;

/**
 * Finds a round table for a viewer and applies {@link RoundTableRoles}: what a viewer may not see
 * does not exist for them (404, as for the plan); a refused change of a round table they do see is
 * explained. Also writes the access log entries of the module.
 */
@Component
class RoundTableAccess {

    private final Meetings meetings;
    private final Invitations invitations;
    private final Team team;
    private final RoleEligibility eligibility;
    private final AccountDirectory accounts;
    private final AuditLog audit;

    RoundTableAccess(
            Meetings meetings,
            Invitations invitations,
            Team team,
            RoleEligibility eligibility,
            AccountDirectory accounts,
            AuditLog audit) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.team = team;
        this.eligibility = eligibility;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The round table as this viewer may see it; otherwise {@link PlanNotFound}. */
    RoundTable visible(UUID householdId, UUID id, Viewer viewer) {
        if (!viewer.participant().householdId().equals(householdId)) {
            throw new PlanNotFound();
        }
        var roundTable = meetings.find(householdId, id).orElseThrow(PlanNotFound::new);
        if (!RoundTableRoles.sees(viewer, invited(roundTable, viewer))) {
            throw new PlanNotFound();
        }
        return roundTable;
    }

    boolean invited(RoundTable roundTable, Viewer viewer) {
        var me = viewer.participant().id();
        return invitations.of(roundTable.id()).stream()
                .anyMatch(i -> i.participantId().equals(me));
    }

    RoundTableRoles roles(RoundTable roundTable, Viewer viewer) {
        return RoundTableRoles.of(viewer, roundTable, invited(roundTable, viewer));
    }

    /** M-2: a professional organises; others who see the round table are refused, the rest never see it. */
    RoundTable organised(UUID householdId, UUID id, Viewer viewer) {
        var roundTable = visible(householdId, id, viewer);
        if (!RoundTableRoles.mayTakeInitiative(viewer)) {
            throw new PlanNotFound();
        }
        roundTable.requireOpen();
        return roundTable;
    }

    List<Participant> team(UUID householdId) {
        return team.of(householdId);
    }

    /**
     * M-4: participants who may chair or take minutes ({@link RoleEligibility}): adult household members
     * and active professionals; never the network, a child or an expected child.
     */
    List<Participant> leaders(UUID householdId) {
        return eligibility.eligible(householdId, Role.CHAIR);
    }

    /** Where an invitation to this participant goes: their own address in the team, else their account's. */
    Optional<String> addressOf(Participant participant) {
        if (participant.email() != null && !participant.email().isBlank()) {
            return Optional.of(participant.email());
        }
        return Optional.ofNullable(participant.accountId())
                .flatMap(accounts::find)
                .filter(AccountSummary::active)
                .map(AccountSummary::email);
    }

    /** Active participants who can receive an invitation (M-1: the household and some or all of the team). */
    List<Participant> invitable(UUID householdId) {
        return eligibility.eligible(householdId, Role.ACTION_OWNER).stream()
                .filter(p -> addressOf(p).isPresent())
                .toList();
    }

    /** a network member sees who chairs and who takes minutes, and themselves; not the whole team. */
    static List<Participant> namesANetworkMemberSees(List<Participant> team, RoundTable roundTable, UUID me) {
        return team.stream()
                .filter(p -> p.id().equals(me)
                        || p.id().equals(roundTable.chairId())
                        || p.id().equals(roundTable.minuteTakerId()))
                .toList();
    }

    void log(Viewer viewer, String event, UUID householdId, UUID roundTableId, String detail) {
        audit.record(new AuditEvent(
                        viewer.accountId(),
                        null,
                        event,
                        "round_table",
                        roundTableId == null ? null : roundTableId.toString(),
                        householdId,
                        detail)
                .on(viewer.accessBasis()));
    }
}
