/**
 * Every deadline in EenPlan in one list per person (PL-10, G-2, M-3, C-3, E-3, E-4): the to-do page,
 * reminders before and on the day, and the weekly digest, sent by a persistent scheduler that
 * several EenPlan nodes share. Other modules contribute their deadlines through {@link
 * nl.eenplan.deadline.DeadlineSource}; this module knows none of them. It asks the team only
 * what the to-do page rests on, for the access log.
 */
@ApplicationModule(allowedDependencies = {"identity", "notification", "calendar", "audit", "participation", "home"})
package nl.eenplan.deadline;

import org.springframework.modulith.ApplicationModule;
