/**
 * Round tables (M-1..M-4): a professional takes the initiative, the meeting is planned within the
 * window of 5 to 15 working days (M-3), participants are invited with an iCalendar invitation and
 * answer in EenPlan, the chair keeps the agenda prepared from the plan, and the minute taker
 * records who was there, the minutes and the decisions, which become goals, actions or agreements
 * in the plan; the first round table records the coordinator (M-2). Contributes its deadlines to
 * the to-do page and reminders through {@link nl.eenplan.deadline.DeadlineSource}.
 *
 * <p>The same use cases answer the pages and the JSON API under {@code
 * /api/v1/households/{householdId}/round-tables}, whose ETag is the round table's version.
 *
 * <p>Published read contract (migration V37): {@code round_table_due_v(household_id, window_earliest,
 * window_latest, meeting_date)}, the round tables still to be held.
 */
@ApplicationModule(
        allowedDependencies = {
            "plan",
            "consent",
            "participation",
            "household",
            "identity",
            "notification",
            "audit",
            "calendar",
            "deadline",
            "home"
        })
package nl.eenplan.meeting;

import org.springframework.modulith.ApplicationModule;
