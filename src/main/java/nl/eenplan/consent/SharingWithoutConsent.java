package nl.eenplan.consent;

import java.time.Clock;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-5: a professional of the team records a decision about sharing without consent, to share or not
 * to share, after the five questions and a discussion in the own team. Seen by professionals only.
 */
@Service
public class SharingWithoutConsent {

    private final SharingOverrides overrides;
    private final ConsentAccess access;
    private final HouseholdRegister households;
    private final Team team;
    private final AuditLog audit;
    private final Clock clock;

    SharingWithoutConsent(
            SharingOverrides overrides,
            ConsentAccess access,
            HouseholdRegister households,
            Team team,
            AuditLog audit,
            Clock clock) {
        this.overrides = overrides;
        this.access = access;
        this.households = households;
        this.team = team;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID record(UUID householdId, UUID accountId, NewSharingOverride decision) {
        var viewer = access.professional(householdId, accountId);
        if (households.members(householdId).stream().noneMatch(m -> m.id().equals(decision.subjectId()))) {
            throw new ConsentRefused("subjectId", "consent.subject.required");
        }
        var participants = team.of(householdId);
        for (var r : decision.recipients()) {
            if (participants.stream().noneMatch(p -> r.reaches(p.id(), p.organisationId()))) {
                throw new ConsentRefused("recipients", "consent.recipients.notInTeam");
            }
        }
        var recorded = SharingOverride.record(householdId, decision, accountId, clock.instant());
        overrides.insert(recorded);
        access.forget(householdId);
        audit.record(new AuditEvent(
                        accountId,
                        null,
                        "SHARING_OVERRIDE_RECORDED",
                        "sharing_override",
                        recorded.id().toString(),
                        householdId,
                        recorded.decision().name())
                .about(decision.subjectId())
                .on(viewer.participationBasis()));
        return recorded.id();
    }
}
