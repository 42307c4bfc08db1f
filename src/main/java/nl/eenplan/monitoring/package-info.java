/** Read models and reports on the use of the method; reads, never writes into other modules (MON). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.monitoring;

import org.springframework.modulith.ApplicationModule;
