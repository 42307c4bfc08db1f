/**
 * The shared plan of a household (PL, G): tab 1 (how coordination is arranged, first agreements,
 * family-group plan), goals in the household's order of priority, actions (who does what by when),
 * evaluations, numbered frozen versions, the PDF copy and sending it round. Decides who may see
 * which part of a plan, professionals only within consent (C-1), and logs every read and write.
 *
 * <p>Published read contract (migration V37): {@code plan_status_v(household_id, plan_id, status)}, the
 * status of each household's plan, and {@code open_action_v(household_id, target_date)}, the target dates
 * of open actions, without their text.
 */
@ApplicationModule(
        allowedDependencies = {
            "household",
            "participation",
            "identity",
            "organisation",
            "notification",
            "audit",
            "calendar",
            "deadline",
            "consent",
            "document",
            "home"
        })
package nl.eenplan.plan;

import org.springframework.modulith.ApplicationModule;
