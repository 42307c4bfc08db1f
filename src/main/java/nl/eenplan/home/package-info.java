/**
 * The start page with what to do next (modules above contribute through {@link
 * nl.eenplan.home.NextStepSource}, so this module depends on none of them), the page layout with
 * navigation by role, the footer pages (privacy, accessibility, contact) and a municipality's own
 * name, logo and colours ({@link nl.eenplan.home.Site}), the language choice, the error pages, and
 * the lenient form binding the modules' pages share ({@link nl.eenplan.home.LenientBinding}).
 */
@ApplicationModule(allowedDependencies = {"identity", "organisation", "calendar"})
package nl.eenplan.home;

import org.springframework.modulith.ApplicationModule;
