/**
 * Working days and Dutch public holidays, with closing days per municipality, and the terms
 * computed from them: plan terms (PL-10), the round-table window (M-3) and escalation terms
 * (E-3, E-4). {@link nl.eenplan.calendar.WorkingDays} is the one calendar; see docs/calendar.md.
 */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.calendar;

import org.springframework.modulith.ApplicationModule;
