/**
 * Organisations, municipalities and access teams, and the staff roles people hold in them
 * (professional, manager, attention officer, agenda holder, municipal contact point, access team).
 * Administrators invite people here and keep the closing days of each municipality.
 */
@ApplicationModule(allowedDependencies = {"identity", "calendar"})
package nl.eenplan.organisation;

import org.springframework.modulith.ApplicationModule;
