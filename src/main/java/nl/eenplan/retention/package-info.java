/**
 * The retention of a household's file: kept 20 years after care ends, then destroyed by a
 * scheduled job; earlier destruction on request of a youth of 12 or older or a parent, decided by the
 * coordinator and recorded with reasons. Destruction reaches every
 * module through {@link nl.eenplan.household.HouseholdErasure} and leaves a destruction record without
 * personal data (docs/adr/0022).
 */
@ApplicationModule(
        allowedDependencies = {
            "household",
            "plan",
            "participation",
            "identity",
            "audit",
            "calendar",
            "notification",
            "home"
        })
package nl.eenplan.retention;

import org.springframework.modulith.ApplicationModule;
