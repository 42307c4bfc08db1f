/**
 * Documents made from EenPlan's own HTML templates: PDF copies of a plan (PL-9) and of a member's
 * personal data, tagged for accessibility (PDF/UA) with embedded fonts.
 */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.document;

import org.springframework.modulith.ApplicationModule;
