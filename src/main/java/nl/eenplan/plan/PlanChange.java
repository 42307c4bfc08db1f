package nl.eenplan.plan;

import java.util.List;

/**
 * A transition of a {@link Plan}: the plan as it is after the change and the events it caused, to be
 * stored by {@link Plans} on the version the person saw ({@code expectedVersion}). The plan's version
 * counter is claimed by {@link Plans} on saving. No events: nothing changed, nothing to store. When the
 * plan was established, {@code frozen} is the version as it was frozen (PL-9); it travels beside the
 * event, not in it, so that no personal data ends up in a published event.
 */
record PlanChange(Plan plan, int expectedVersion, List<PlanEvent> events, PlanSnapshot frozen) {

    PlanChange {
        events = List.copyOf(events);
    }

    PlanChange(Plan plan, int expectedVersion, List<PlanEvent> events) {
        this(plan, expectedVersion, events, null);
    }

    PlanChange(Plan plan, int expectedVersion, PlanEvent event) {
        this(plan, expectedVersion, List.of(event), null);
    }

    static PlanChange none(Plan plan) {
        return new PlanChange(plan, plan.version(), List.of());
    }

    boolean changesNothing() {
        return events.isEmpty();
    }
}
