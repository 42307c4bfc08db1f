package nl.eenplan.escalation;

import java.util.Locale;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.organisation.StaffMembership;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.participation.Leaving;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.Team;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * E-5: the municipal contact point gets a copy of the plan. At step 4 the contact point joins the
 * team as an active professional, so the plan's own access rules and access log apply to every
 * read; at de-escalation that participation ends. A contact point who already took part stays as
 * they were.
 */
@Component
class ContactPointParticipation {

    private final Team team;
    private final Leaving leaving;
    private final StaffRoster roster;
    private final AccountDirectory accounts;
    private final Escalations escalations;
    private final MessageSource messages;
    private final AuditLog audit;

    ContactPointParticipation(
            Team team,
            Leaving leaving,
            StaffRoster roster,
            AccountDirectory accounts,
            Escalations escalations,
            MessageSource messages,
            AuditLog audit) {
        this.team = team;
        this.leaving = leaving;
        this.roster = roster;
        this.accounts = accounts;
        this.escalations = escalations;
        this.messages = messages;
        this.audit = audit;
    }

    /** The contact point joins; logged as done by {@code actor}, on what the actor's raise rests on. */
    void join(Escalation e, UUID contactPoint, UUID actor, AccessBasis basis) {
        var present = team.participationOf(e.householdId(), contactPoint)
                .filter(p -> p.active() && p.kind() != ParticipantKind.NETWORK);
        if (present.isPresent()) {
            return;
        }
        var account = accounts.find(contactPoint).orElseThrow(EscalationNotFound::new);
        var organisation = roster.holdersInMunicipality(e.municipalityId(), StaffRole.MUNICIPAL_CONTACT_POINT).stream()
                .filter(m -> m.accountId().equals(contactPoint))
                .map(StaffMembership::organisationId)
                .findFirst()
                .orElseThrow(() -> new EscalationRefused("escalation.refused.noContactPoint"));
        var participant = team.add(
                e.householdId(),
                NewParticipant.professional(
                        organisation,
                        account.displayName(),
                        messages.getMessage("escalation.team.relation", null, Locale.forLanguageTag("nl")),
                        account.email()),
                contactPoint);
        escalations.contactPointJoined(e.id(), participant.id());
        log(actor, basis, "ESCALATION_CONTACT_POINT_JOINED", e, participant.id());
    }

    /**
     * Ends the seat taken for this escalation; when another open escalation of the household is
     * with the same contact point at the last step, the seat passes to that one instead.
     */
    void leave(Escalation e, UUID actor, AccessBasis basis) {
        var seat = e.contactPointParticipantId();
        if (seat == null) {
            return;
        }
        var stillNeeded = escalations.ofHousehold(e.householdId()).stream()
                .filter(other -> other.open() && !other.id().equals(e.id()))
                .filter(other -> other.currentStep() == EscalationLadder.TOP)
                .filter(other -> other.current().ownedBy(e.current().ownerAccountId()))
                .findFirst();
        if (stillNeeded.isPresent()) {
            escalations.contactPointJoined(stillNeeded.get().id(), seat);
        } else if (leaving.leave(seat)) {
            log(actor, basis, "ESCALATION_CONTACT_POINT_LEFT", e, seat);
        }
    }

    private void log(UUID actor, AccessBasis basis, String event, Escalation e, UUID participantId) {
        audit.record(new AuditEvent(
                        actor, null, event, "participant", participantId.toString(), e.householdId(), e.id().toString())
                .on(basis));
    }
}
