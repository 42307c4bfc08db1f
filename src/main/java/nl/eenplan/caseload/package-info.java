/**
 * "Mijn gezinnen" (issue 18): the households a member of staff may find, searched by name, postcode or
 * date of birth and filtered on what needs attention (overdue actions, open escalations, a round table
 * still to be held, the plan's status, consent due for renewal), one page at a time. A professional finds
 * the households in whose team he takes part; the access team all households of its municipality, and it
 * assigns them to one of its members or a professional (kept as a history); managers and municipal
 * contact points the households they oversee through an open escalation (E-2..E-4), with nothing of the
 * plan. Every search and every household shown is logged.
 *
 * <p>It reads other modules' facts set-based through their published read views (migration V37) and
 * owns the table {@code case_assignment}.
 */
@ApplicationModule(
        allowedDependencies = {
            "identity",
            "organisation",
            "household",
            "participation",
            "escalation",
            "audit",
            "calendar",
            "home"
        })
package nl.eenplan.caseload;

import org.springframework.modulith.ApplicationModule;
