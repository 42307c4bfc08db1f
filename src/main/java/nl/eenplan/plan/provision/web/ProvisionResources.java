package nl.eenplan.plan.provision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.MemberLaw;
import nl.eenplan.plan.provision.Provision;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionStatus;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.ScopeUnit;
import nl.eenplan.plan.provision.Tab3;

/** Tab 3 in the API's words (PL-3, PL-10). */
final class ProvisionResources {

    private ProvisionResources() {}

    /** A provision on the plan. */
    record ProvisionResource(
            UUID id,
            UUID memberId,
            Law law,
            ProvisionKind kind,
            String kindOther,
            String provider,
            String reason,
            Integer volume,
            ScopeUnit unit,
            ScopeFrequency frequency,
            LocalDate startDate,
            LocalDate endDate,
            List<UUID> goalIds,
            ProvisionStatus status) {

        static ProvisionResource of(Provision p) {
            return new ProvisionResource(
                    p.id(),
                    p.memberId(),
                    p.law(),
                    p.kind(),
                    p.kindOther(),
                    p.provider(),
                    p.reason(),
                    p.volume(),
                    p.unit(),
                    p.frequency(),
                    p.startDate(),
                    p.endDate(),
                    p.goalIds(),
                    p.status());
        }
    }

    /**
     * The law that applies to a member; {@code recorded} false when it follows from age; under the Wmo
     * the day support was asked for and the last day to hand in a personal plan (7 days, PL-10).
     */
    record MemberLawResource(
            UUID memberId,
            String name,
            MemberLaw law,
            boolean recorded,
            LocalDate supportRequestedOn,
            LocalDate personalPlanDue,
            LocalDate personalPlanReceivedOn) {

        static MemberLawResource of(Tab3.MemberLine m) {
            var entry = m.entry();
            return new MemberLawResource(
                    m.member().id(),
                    m.name(),
                    m.law(),
                    m.recorded(),
                    entry == null ? null : entry.supportRequestedOn(),
                    m.personalPlan() == null ? null : m.personalPlan().due(),
                    entry == null ? null : entry.personalPlanReceivedOn());
        }
    }

    /** The id of what was added; the ETag header holds the plan's new version. */
    record Created(UUID id) {}
}
