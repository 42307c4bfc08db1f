package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.deadline.DeadlineKind;

/**
 * One PL-10 term of a plan not yet established, for {@link PlanDeadlines}: the column its start is
 * read from, the condition under which it runs, how many calendar days it has and when it is due.
 * The terms themselves live in {@link PlanTerms} only.
 */
record PlanTermRule(
        DeadlineKind kind,
        String keyPrefix,
        String start,
        String condition,
        int days,
        Function<LocalDate, LocalDate> due) {

    /** The terms of PL-10 on the calendar of {@code terms}. */
    static List<PlanTermRule> of(PlanTerms terms) {
        return List.of(
                // PL-10: established after no family-group plan was settled, or after the start.
                new PlanTermRule(
                        DeadlineKind.PLAN_ESTABLISHED,
                        "plan-established:",
                        "coalesce(no_family_group_plan_on, (created_at at time zone '" + DutchTime.ZONE.getId()
                                + "')::date)",
                        "not family_group_plan",
                        PlanTerms.ESTABLISHED_PLAN_DAYS,
                        start -> terms.establishedPlan(start).due()),
                // PL-10: in writing after the youth, a parent or the provider asked for it, or, with closed
                // youth care, after that was recorded without anyone asking: from whichever came first.
                new PlanTermRule(
                        DeadlineKind.PLAN_IN_WRITING,
                        "plan-in-writing:",
                        "least(written_plan_requested_on, closed_youth_care_on)",
                        "(written_plan_requested_on is not null or closed_youth_care_on is not null)",
                        PlanTerms.WRITTEN_PLAN_DAYS,
                        start -> terms.writtenPlan(start).due()));
    }
}
