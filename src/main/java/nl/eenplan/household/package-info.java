/**
 * Households: the people living at one address plus family members elsewhere (H-1), with date of
 * birth or expected birth date, and who has parental authority over whom (C-1 needs it).
 */
@ApplicationModule(allowedDependencies = {"audit"})
package nl.eenplan.household;

import org.springframework.modulith.ApplicationModule;
