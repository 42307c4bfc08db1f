/**
 * The demonstration data of a first start: a municipality with an access team and contact point, two
 * providers with a manager and a professional each, and the Jansen household as a case under way
 * (team, coordinator, consent, an established plan with an overdue action, a planned round table and
 * an open escalation), built through the modules' own use cases, with an account for every role. Off
 * with {@code EENPLAN_DEMO=false}.
 */
@ApplicationModule(
        allowedDependencies = {
            "identity",
            "organisation",
            "household",
            "calendar",
            "participation",
            "consent",
            "plan",
            "meeting",
            "escalation",
            "implementation",
            "plan :: provision",
            "plan :: lifearea",
            "plan :: safety",
            "plan :: treatment"
        })
package nl.eenplan.demo;

import org.springframework.modulith.ApplicationModule;
