/** The shared plan of a household: its tabs, goals, actions, evaluations, versions and safety plan (PL, G). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.plan;

import org.springframework.modulith.ApplicationModule;
