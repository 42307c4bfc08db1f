/**
 * Organisations, municipalities and access teams, and the staff roles people hold in them
 * (professional, manager, attention officer, agenda holder, municipal contact point, access team).
 * Administrators invite people here.
 */
@ApplicationModule(allowedDependencies = "identity")
package nl.eenplan.organisation;

import org.springframework.modulith.ApplicationModule;
