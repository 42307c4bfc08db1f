/**
 * Working days and Dutch public holidays, with closing days per municipality, and the terms
 * computed from them: plan terms (PL-10) and the round-table window (M-3); the escalation ladder
 * (E-1..E-4) computes its terms with them. {@link nl.eenplan.calendar.WorkingDays} is the one calendar; see docs/calendar.md.
 * {@link nl.eenplan.calendar.DutchMoments} is the one way a date or time is shown, in Dutch time
 * ({@code #moments} in templates).
 */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.calendar;

import org.springframework.modulith.ApplicationModule;
