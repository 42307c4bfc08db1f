/** The team around a household: participants and their roles, copy-only recipients, the coordinator and the history of coordination (H-2, H-3, R). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.participation;

import org.springframework.modulith.ApplicationModule;
