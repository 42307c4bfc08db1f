package nl.eenplan.plan;

import java.util.List;

/**
 * A part of the plan beyond tab 1 and the goals, kept in a package of its own within the plan module:
 * requested provisions (PL-3), life areas and assessments (PL-4), the safety plan (PL-6), treatment plans
 * (PL-7). Each part shows and changes itself on its own tab ({@link PlanPartChanges} claims the plan's
 * version for every change, so the plan counts as changed, PL-9). When the plan is established, the
 * plan asks every part what it freezes into the version; versions, their comparison and the PDF copy
 * show those sections beside tab 1 and the goals.
 */
public interface PlanPart {

    /** The name under which this part's sections are kept in a version; never change it. */
    String key();

    /** The tab this part belongs to. */
    PlanTab tab();

    /** PL-9: this part of the plan as it is now, whole, to be frozen into a version. */
    List<FrozenSection> freeze(Plan plan);

    /**
     * X-5, C-2: what of this part's frozen sections this viewer may see, as on the live tab: for example
     * nothing of an assessment for a professional without consent for assessments, or of the safety plan
     * for someone it does not name.
     */
    List<FrozenSection> asSeenBy(nl.eenplan.consent.Viewer viewer, List<FrozenSection> frozen);
}
