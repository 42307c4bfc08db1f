package nl.eenplan.plan.provision;

import java.time.Clock;
import java.util.HashSet;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.PlanRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tab 3 of the plan (PL-3, PL-10), the one way pages and the API read and change it. Provisions are
 * plan content (consent category PLAN): whoever sees tab 1 sees and may change tab 3; network
 * members and copy recipients are told it is not there. Every change is made on the plan's version
 * ({@link PlanPartChanges}); every read and change is logged.
 */
@Service
public class Provisions {

    private final PlanPartChanges changes;
    private final ProvisionRows rows;
    private final Tab3Reading reading;
    private final ProvisionsPart part;
    private final Clock clock;

    Provisions(PlanPartChanges changes, ProvisionRows rows, Tab3Reading reading, ProvisionsPart part, Clock clock) {
        this.changes = changes;
        this.rows = rows;
        this.reading = reading;
        this.part = part;
        this.clock = clock;
    }

    /** Tab 3 as it is now, for a viewer who sees tab 1; logged once. */
    @Transactional
    public Tab3 read(UUID householdId, Viewer viewer) {
        var tab = tabFor(householdId, viewer);
        changes.log(viewer, "PLAN_PROVISIONS_READ", tab.plan(), "");
        return tab;
    }

    /** Tab 3 without logging, for a caller that logs what it does with it (the decision request). */
    Tab3 tabFor(UUID householdId, Viewer viewer) {
        if (!viewer.seeingPlan().seesTab1()) {
            throw new PlanNotFound();
        }
        return reading.of(changes.current(householdId, viewer));
    }

    /** PL-3: asks for a provision; returns its id. */
    @Transactional
    public UUID add(UUID householdId, Viewer viewer, int version, ProvisionRequest request) {
        checked(householdId, viewer, request);
        var plan = changes.change(
                householdId,
                viewer,
                version,
                part,
                "PLAN_PROVISION_ADDED",
                request.kind().name());
        var id = UUID.randomUUID();
        rows.insert(provision(id, plan, request, ProvisionStatus.REQUESTED, clock.instant()));
        return id;
    }

    /** PL-3: changes a provision, including where it stands as far as the household knows. */
    @Transactional
    public void change(
            UUID householdId, Viewer viewer, int version, UUID id, ProvisionRequest request, ProvisionStatus status) {
        // a provision of another household is not found here (404), before any rule of the request is
        // weighed, so that a refusal (422) never tells it exists.
        var existing = existing(householdId, viewer, id);
        checked(householdId, viewer, request);
        var plan = changes.change(householdId, viewer, version, part, "PLAN_PROVISION_CHANGED", id.toString());
        var next = status == null ? existing.status() : status;
        rows.update(provision(id, plan, request, next, existing.createdAt()));
    }

    /** PL-3: the household no longer asks for this provision; it stays on the plan as withdrawn. */
    @Transactional
    public void withdraw(UUID householdId, Viewer viewer, int version, UUID id) {
        var existing = existing(householdId, viewer, id);
        if (existing.status() == ProvisionStatus.WITHDRAWN) {
            throw new PlanRefused("provision.refused.withdrawn");
        }
        var plan = changes.change(householdId, viewer, version, part, "PLAN_PROVISION_WITHDRAWN", id.toString());
        rows.update(new Provision(
                id,
                plan.id(),
                existing.memberId(),
                existing.law(),
                existing.kind(),
                existing.kindOther(),
                existing.provider(),
                existing.reason(),
                existing.volume(),
                existing.unit(),
                existing.frequency(),
                existing.startDate(),
                existing.endDate(),
                ProvisionStatus.WITHDRAWN,
                existing.goalIds(),
                existing.createdAt()));
    }

    /** One provision of tab 3, for a viewer who sees tab 1; logged. */
    @Transactional
    public Provision one(UUID householdId, Viewer viewer, UUID id) {
        var tab = tabFor(householdId, viewer);
        var provision = tab.provisions().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(PlanNotFound::new);
        changes.log(viewer, "PLAN_PROVISIONS_READ", tab.plan(), id.toString());
        return provision;
    }

    /** The plan's version, for the ETag of a read that already checked and logged. */
    public int planVersion(UUID householdId, Viewer viewer) {
        return changes.current(householdId, viewer).version();
    }

    /**
     * PL-10: records which law applies to a member and, under the Wmo, when support was asked for and
     * when a personal plan was handed in. A law that no longer allows a provision still asked for is refused.
     */
    @Transactional
    public void setLaw(UUID householdId, Viewer viewer, int version, MemberLawEntry entry) {
        var tab = tabFor(householdId, viewer);
        MemberLawRules.check(tab, entry);
        var plan = changes.change(
                householdId,
                viewer,
                version,
                part,
                "PLAN_MEMBER_LAW_CHANGED",
                entry.law().name());
        rows.saveLaw(plan.id(), entry);
    }

    private Provision existing(UUID householdId, Viewer viewer, UUID id) {
        var plan = changes.current(householdId, viewer);
        return rows.find(plan.id(), id).orElseThrow(PlanNotFound::new);
    }

    /** The rules that need the plan: a born member of the household, his law, the plan's own goals. */
    private Tab3 checked(UUID householdId, Viewer viewer, ProvisionRequest request) {
        request.check();
        var tab = tabFor(householdId, viewer);
        var member = tab.member(request.memberId())
                .filter(m -> !m.member().unborn())
                .orElseThrow(() -> new PlanRefused("provision.refused.member"));
        if (!member.law().allows(request.law())) {
            throw new PlanRefused("provision.refused.lawNotApplicable");
        }
        var goals = new HashSet<UUID>();
        tab.goals().forEach(g -> goals.add(g.id()));
        if (!goals.containsAll(request.goalIds())) {
            throw new PlanRefused("provision.refused.goals");
        }
        return tab;
    }

    private static Provision provision(
            UUID id, Plan plan, ProvisionRequest r, ProvisionStatus status, java.time.Instant createdAt) {
        return new Provision(
                id,
                plan.id(),
                r.memberId(),
                r.law(),
                r.kind(),
                r.kind() == ProvisionKind.OTHER ? r.kindOther() : null,
                r.provider(),
                r.reason(),
                r.volume(),
                r.unit(),
                r.frequency(),
                r.startDate(),
                r.endDate(),
                status,
                r.goalIds(),
                createdAt);
    }
}
