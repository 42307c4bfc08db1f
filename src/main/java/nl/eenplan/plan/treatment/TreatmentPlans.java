package nl.eenplan.plan.treatment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.PlanRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PL-7: the use cases of treatment plan links, for the page and the API alike. A link reveals that
 * someone is in (mental) health care, so only viewers who see the whole plan (X-5: the household, and
 * professionals with consent for the plan of every member, C-1) see and change them; network members
 * never do, copy-only recipients only in the established versions. Every change is made on the plan's
 * one version ({@link PlanPartChanges}); every read and change is logged.
 */
@Service
public class TreatmentPlans {

    private final PlanPartChanges changes;
    private final TreatmentPlanRows rows;
    private final TreatmentPlanPart part;
    private final Team team;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    TreatmentPlans(
            PlanPartChanges changes,
            TreatmentPlanRows rows,
            TreatmentPlanPart part,
            Team team,
            OrganisationDirectory organisations,
            Clock clock) {
        this.changes = changes;
        this.rows = rows;
        this.part = part;
        this.team = team;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The current plan with its treatment plan links, as a viewer who may see them sees them. */
    public record Listing(Plan plan, List<TreatmentPlanLink> links) {}

    /** whether this viewer sees treatment plans on the live plan: only who sees the whole plan. */
    public static boolean shownTo(Viewer viewer) {
        return viewer.scope() == Viewer.Scope.FULL;
    }

    /** PL-7, X-5: the links of the current plan; logged as one read. */
    @Transactional
    public Listing list(UUID householdId, Viewer viewer) {
        var plan = visiblePlan(householdId, viewer);
        changes.log(viewer, "PLAN_TREATMENT_PLANS_READ", plan, null);
        return new Listing(plan, rows.of(plan.id()));
    }

    /** The links without logging, for a box on a page whose own read is logged. */
    public Listing quietly(UUID householdId, Viewer viewer) {
        var plan = visiblePlan(householdId, viewer);
        return new Listing(plan, rows.of(plan.id()));
    }

    /** PL-7: one link of the current plan; logged. */
    @Transactional
    public Listing read(UUID householdId, Viewer viewer, UUID linkId) {
        var plan = visiblePlan(householdId, viewer);
        var link = rows.find(plan.id(), linkId).orElseThrow(PlanNotFound::new);
        changes.log(viewer, "PLAN_TREATMENT_PLANS_READ", plan, linkId.toString());
        return new Listing(plan, List.of(link));
    }

    /** The professionals of the team whose treatment plan can be linked: active professionals. */
    public List<Participant> professionals(UUID householdId) {
        return team.of(householdId).stream()
                .filter(p -> p.isProfessional() && p.active())
                .toList();
    }

    /** PL-7: links a treatment plan to goals of the current plan; answers its id. */
    @Transactional
    public UUID add(UUID householdId, Viewer viewer, int expectedVersion, TreatmentPlanDetails details) {
        var plan = plan(householdId, viewer);
        var professional = checked(plan, details);
        var id = UUID.randomUUID();
        changes.change(householdId, viewer, expectedVersion, part, "PLAN_TREATMENT_PLAN_ADDED", id.toString());
        var now = clock.instant();
        rows.insert(link(id, plan, professional, details, now, now));
        return id;
    }

    /** PL-7: changes a current link; an ended one stays as it was. */
    @Transactional
    public void change(
            UUID householdId, Viewer viewer, int expectedVersion, UUID linkId, TreatmentPlanDetails details) {
        var plan = plan(householdId, viewer);
        var link = open(plan, linkId);
        var professional = checked(plan, details);
        changes.change(householdId, viewer, expectedVersion, part, "PLAN_TREATMENT_PLAN_CHANGED", linkId.toString());
        rows.update(link(linkId, plan, professional, details, link.agreedAt(), link.createdAt()));
    }

    /** PL-7: the treatment ended today; the link stays, as history. */
    @Transactional
    public void end(UUID householdId, Viewer viewer, int expectedVersion, UUID linkId) {
        var plan = plan(householdId, viewer);
        var link = open(plan, linkId);
        changes.change(householdId, viewer, expectedVersion, part, "PLAN_TREATMENT_PLAN_ENDED", linkId.toString());
        rows.update(new TreatmentPlanLink(
                link.id(),
                link.planId(),
                link.participantId(),
                link.professionalName(),
                link.organisationName(),
                link.name(),
                link.reference(),
                link.validFrom(),
                link.validTo(),
                link.goalIds(),
                link.agreedAt(),
                DutchTime.today(clock),
                link.createdAt()));
    }

    private Plan visiblePlan(UUID householdId, Viewer viewer) {
        var plan = changes.current(householdId, viewer);
        if (!shownTo(viewer)) {
            throw new PlanNotFound();
        }
        return plan;
    }

    /**
     * PL-7: who may add and change: the professional for his own treatment plans and everyone who may
     * edit the plan; a professional whose own plan it is can only be in the team with the whole plan
     * shared with him, so both are the viewers who may edit the plan (docs/adr/0035).
     */
    private Plan plan(UUID householdId, Viewer viewer) {
        var plan = visiblePlan(householdId, viewer);
        if (!viewer.mayEdit()) {
            throw new PlanNotFound();
        }
        return plan;
    }

    private TreatmentPlanLink open(Plan plan, UUID linkId) {
        var link = rows.find(plan.id(), linkId).orElseThrow(PlanNotFound::new);
        if (link.ended()) {
            throw new PlanRefused("plan.treatment.ended");
        }
        return link;
    }

    private Participant checked(Plan plan, TreatmentPlanDetails details) {
        details.check();
        var professional = professionals(plan.householdId()).stream()
                .filter(p -> p.id().equals(details.participantId()))
                .findFirst()
                .orElseThrow(() -> new PlanRefused("plan.treatment.professionalUnknown"));
        if (!details.goalIds().stream().allMatch(goal -> plan.goal(goal).isPresent())) {
            throw new PlanRefused("plan.treatment.goalUnknown");
        }
        return professional;
    }

    private TreatmentPlanLink link(
            UUID id,
            Plan plan,
            Participant professional,
            TreatmentPlanDetails details,
            java.time.Instant agreedAt,
            java.time.Instant createdAt) {
        var organisation = professional.organisationId() == null
                ? ""
                : organisations
                        .find(professional.organisationId())
                        .map(Organisation::name)
                        .orElse("");
        return new TreatmentPlanLink(
                id,
                plan.id(),
                professional.id(),
                professional.name(),
                organisation,
                details.name(),
                details.reference(),
                details.validFrom(),
                details.validTo(),
                details.goalIds(),
                agreedAt,
                null,
                createdAt);
    }
}
