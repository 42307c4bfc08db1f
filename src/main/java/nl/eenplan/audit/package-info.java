/**
 * The access log (X-1, X-6, NEN 7513 style): who did what, when, about which household, on whose
 * behalf. Entries are written in the transaction of the access they record.
 */
@ApplicationModule(allowedDependencies = "identity")
package nl.eenplan.audit;

import org.springframework.modulith.ApplicationModule;
