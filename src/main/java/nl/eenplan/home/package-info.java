/**
 * The start page, the page layout with navigation by role, the language choice, the error pages, and
 * the lenient form binding the modules' pages share ({@link nl.eenplan.home.LenientBinding}).
 * Knows of the other modules only what it needs to greet a person.
 */
@ApplicationModule(allowedDependencies = {"identity", "organisation", "calendar"})
package nl.eenplan.home;

import org.springframework.modulith.ApplicationModule;
