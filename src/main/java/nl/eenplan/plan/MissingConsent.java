package nl.eenplan.plan;

import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-1: for a professional of the team who may not see the plan yet, the names of the household members
 * whose consent is missing, in the household's order, so he knows for whom to ask. Logged.
 */
@Service
public class MissingConsent {

    private final HouseholdRegister households;
    private final AuditLog audit;

    MissingConsent(HouseholdRegister households, AuditLog audit) {
        this.households = households;
        this.audit = audit;
    }

    @Transactional
    public List<String> membersFor(UUID householdId, Viewer viewer) {
        if (!viewer.participant().householdId().equals(householdId)) {
            throw new PlanNotFound();
        }
        var missing = viewer.membersWithoutConsent();
        var names = households.members(householdId).stream()
                .filter(m -> missing.contains(m.id()))
                .map(Member::name)
                .toList();
        audit.record(new AuditEvent(
                        viewer.accountId(),
                        null,
                        "PLAN_CONSENT_MISSING_SHOWN",
                        "household",
                        householdId.toString(),
                        householdId,
                        null)
                .on(viewer.accessBasis()));
        return names;
    }
}
