/**
 * Read models and reports on the use of the method (MON-1, MON-2). Fed only by the events other
 * modules publish ({@link nl.eenplan.monitoring.MonitoringFeed}), kept in its own tables, and read
 * through {@link nl.eenplan.monitoring.PlanMonitoring}; it reads, never writes into other modules.
 */
@ApplicationModule(
        allowedDependencies = {
            "household",
            "participation",
            "consent",
            "plan",
            "meeting",
            "escalation",
            "organisation",
            "identity",
            "document",
            "home"
        })
package nl.eenplan.monitoring;

import org.springframework.modulith.ApplicationModule;
