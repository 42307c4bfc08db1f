/**
 * Organisations, municipalities and access teams, and the staff roles people hold in them
 * (professional, manager, attention officer, agenda holder, municipal contact point, access team).
 * At least one attention officer per organisation and one agenda holder per municipality (IMP-2): the
 * last one is not taken away, and organisations without one are flagged; staff training records (IMP-5).
 * Administrators invite people here and keep the closing days of each municipality.
 */
@ApplicationModule(allowedDependencies = {"identity", "calendar"})
package nl.eenplan.organisation;

import org.springframework.modulith.ApplicationModule;
