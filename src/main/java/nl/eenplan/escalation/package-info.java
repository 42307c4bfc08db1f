/** The stagnation ladder: its steps, owners, terms and de-escalation (E). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.escalation;

import org.springframework.modulith.ApplicationModule;
