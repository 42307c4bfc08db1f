package nl.eenplan.plan.lifearea;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanNotFound;
import nl.eenplan.plan.PlanPartChanges;
import nl.eenplan.plan.PlanRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PL-4, C-2: reading and changing tab 4 of the plan: the life areas, assessments over time and the life
 * areas goals address. Every change is made on the plan's version (PL-9); every read and write is logged
 * . A network member sees nothing of tab 4; a professional only what consent for assessments covers.
 */
@Service
public class LifeAreas {

    private final PlanPartChanges changes;
    private final LifeAreaRows rows;
    private final LifeAreaPart part;
    private final HouseholdRegister households;
    private final Clock clock;

    LifeAreas(
            PlanPartChanges changes, LifeAreaRows rows, LifeAreaPart part, HouseholdRegister households, Clock clock) {
        this.changes = changes;
        this.rows = rows;
        this.part = part;
        this.households = households;
        this.clock = clock;
    }

    /** Tab 4 as this viewer may see it, logged as one read. */
    @Transactional
    public Tab4 read(UUID householdId, Viewer viewer) {
        var plan = plan(householdId, viewer);
        var tab = view(plan, viewer);
        changes.log(viewer, "LIFE_AREAS_READ", plan, tab.assessments().size() + " assessments");
        return tab;
    }

    /** Tab 4 of this plan as this viewer may see it, without logging: for callers that log the access. */
    Tab4 view(Plan plan, Viewer viewer) {
        var seesAreas = AssessmentView.seesAbout(viewer, null);
        return new Tab4(
                plan,
                seesAreas,
                seesAreas ? rows.notes(plan.id()) : List.of(),
                rows.assessments(plan.id()).stream()
                        .filter(a -> AssessmentView.seesAbout(viewer, a.memberId()))
                        .toList(),
                rows.goalAreas(plan.id()));
    }

    /**
     * PL-4: the assessments of tab 4 per member (or the household), each as a section with a line per
     * domain and the figures of its chart, as a version keeps them.
     */
    public List<nl.eenplan.plan.FrozenSection> charts(Tab4 tab) {
        var names = households.members(tab.plan().householdId()).stream()
                .collect(java.util.stream.Collectors.toMap(
                        nl.eenplan.household.Member::id, nl.eenplan.household.Member::name));
        var bySubject = new java.util.LinkedHashMap<UUID, List<Assessment>>();
        tab.assessments()
                .forEach(a -> bySubject
                        .computeIfAbsent(a.memberId(), id -> new java.util.ArrayList<>())
                        .add(a));
        return bySubject.entrySet().stream()
                .map(e -> LifeAreaPart.assessments(e.getKey(), names, e.getValue()))
                .toList();
    }

    /** One assessment this viewer may see, logged; otherwise not found. */
    @Transactional
    public Assessment assessment(UUID householdId, Viewer viewer, UUID assessmentId) {
        var plan = plan(householdId, viewer);
        var found = view(plan, viewer).assessments().stream()
                .filter(a -> a.id().equals(assessmentId))
                .findFirst()
                .orElseThrow(PlanNotFound::new);
        changes.log(viewer, "ASSESSMENT_READ", plan, "assessment of " + found.assessedOn());
        return found;
    }

    /** PL-4: records what the plan says about one life area. */
    @Transactional
    public void update(UUID householdId, Viewer viewer, int expectedVersion, LifeAreaNote note) {
        AssessmentRules.check(note);
        mayRecord(viewer, null);
        var plan = changes.change(
                householdId,
                viewer,
                expectedVersion,
                part,
                "LIFE_AREA_UPDATED",
                note.area().name());
        rows.save(plan.id(), note);
    }

    /** PL-4: adds an assessment; returns its id. */
    @Transactional
    public UUID assess(UUID householdId, Viewer viewer, int expectedVersion, NewAssessment assessment) {
        AssessmentRules.check(assessment, households.members(householdId), DutchTime.today(clock));
        mayRecord(viewer, assessment.memberId());
        var plan = changes.change(
                householdId,
                viewer,
                expectedVersion,
                part,
                "ASSESSMENT_ADDED",
                "assessment of " + assessment.assessedOn());
        var id = UUID.randomUUID();
        rows.add(plan.id(), id, assessment, clock.instant());
        return id;
    }

    /** PL-4: the life areas a goal of the plan addresses (replacing what was linked before). */
    @Transactional
    public void link(UUID householdId, Viewer viewer, int expectedVersion, UUID goalId, Set<LifeArea> areas) {
        if (areas == null || areas.stream().anyMatch(java.util.Objects::isNull)) {
            throw new PlanRefused("lifearea.refused.area");
        }
        mayRecord(viewer, null);
        var current = changes.current(householdId, viewer);
        current.goal(goalId).orElseThrow(PlanNotFound::new);
        var plan =
                changes.change(householdId, viewer, expectedVersion, part, "GOAL_LIFE_AREAS_LINKED", goalId.toString());
        rows.link(plan.id(), goalId, areas);
    }

    private Plan plan(UUID householdId, Viewer viewer) {
        viewer.seeingPlan();
        if (!AssessmentView.seesLiveTab(viewer)) {
            throw new PlanNotFound();
        }
        return changes.current(householdId, viewer);
    }

    /** C-2: a professional records only what he may see. */
    private static void mayRecord(Viewer viewer, UUID memberId) {
        viewer.seeingPlan();
        if (!AssessmentView.seesLiveTab(viewer)) {
            throw new PlanNotFound();
        }
        if (viewer.mayEdit() && !AssessmentView.seesAbout(viewer, memberId)) {
            throw new PlanRefused("lifearea.refused.noConsent");
        }
    }
}
