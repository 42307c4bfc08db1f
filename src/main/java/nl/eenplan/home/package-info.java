/**
 * The start page, the page layout with navigation by role, the language choice and the error pages.
 * Knows of the other modules only what it needs to greet a person.
 */
@ApplicationModule(allowedDependencies = {"identity", "organisation"})
package nl.eenplan.home;

import org.springframework.modulith.ApplicationModule;
