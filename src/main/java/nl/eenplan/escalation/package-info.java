/**
 * Stagnation and the escalation ladder (E-1..E-6, G-4). EenPlan proposes stagnation to the
 * coordinator when an action is overdue or an evaluation moment passed ({@link
 * nl.eenplan.escalation.StagnationPrompts}); a signal about a professional starts the ladder, one
 * about a household or network member records the coordinator's follow-up. The ladder ({@link
 * nl.eenplan.escalation.EscalationLadder}, per municipality) goes up one step at a time after an
 * outcome without commitment: the coordinator's talk, the coordinator's manager, the two managers,
 * the municipal contact point, who joins the team to read the plan (E-5). De-escalation puts the new
 * agreements into the plan as an action and hands the case back to the coordinator. Chain partners
 * are mailed at start, each step and end; step terms are deadlines on the to-do page.
 *
 * <p>Published read contract (migration V37): {@code open_escalation_v(household_id, escalation_id)}, the
 * open escalations of each household.
 */
@ApplicationModule(
        allowedDependencies = {
            "plan",
            "consent",
            "participation",
            "household",
            "organisation",
            "identity",
            "notification",
            "audit",
            "calendar",
            "deadline",
            "home"
        })
package nl.eenplan.escalation;

import org.springframework.modulith.ApplicationModule;
