/**
 * The demonstration data of a first start: a municipality with an access team and contact point,
 * two providers with a manager and a professional each, a household, and an account for every role.
 * Off with {@code EENPLAN_DEMO=false}.
 */
@ApplicationModule(allowedDependencies = {"identity", "organisation", "household", "calendar"})
package nl.eenplan.demo;

import org.springframework.modulith.ApplicationModule;
