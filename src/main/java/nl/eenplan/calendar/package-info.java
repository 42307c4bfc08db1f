/** Working days and Dutch public holidays; deadline arithmetic in working days (X-4, PL-10). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.calendar;

import org.springframework.modulith.ApplicationModule;
