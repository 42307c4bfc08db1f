package nl.eenplan.plan.provision;

import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.PlanRefused;

/** PL-10: the rules for what tab 3 records about the law that applies to a member. */
final class MemberLawRules {

    private MemberLawRules() {}

    static void check(Tab3 tab, MemberLawEntry entry) {
        if (entry.law() == null) {
            throw new PlanRefused("provision.refused.law");
        }
        var member = tab.member(entry.memberId())
                .filter(m -> !m.member().unborn())
                .orElseThrow(() -> new PlanRefused("provision.refused.member"));
        var requested = entry.supportRequestedOn();
        var received = entry.personalPlanReceivedOn();
        if (!FieldRules.isPlausible(requested) || !FieldRules.isPlausible(received)) {
            throw new PlanRefused("provision.refused.dateImplausible");
        }
        if (!entry.law().wmo() && (requested != null || received != null)) {
            throw new PlanRefused("provision.refused.wmoDates");
        }
        if (received != null && (requested == null || received.isBefore(requested))) {
            throw new PlanRefused("provision.refused.personalPlanDate");
        }
        var stillAsked = tab.provisions().stream()
                .filter(p ->
                        p.memberId().equals(member.member().id()) && p.status().requested())
                .anyMatch(p -> !entry.law().allows(p.law()));
        if (stillAsked) {
            throw new PlanRefused("provision.refused.lawInUse");
        }
    }
}
