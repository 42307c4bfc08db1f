/** Round tables: initiative, planning window, invitations, agenda, minutes and decisions (M). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.meeting;

import org.springframework.modulith.ApplicationModule;
