/**
 * Tab 4 of the plan (PL-4): life areas, assessments on the self-sufficiency matrix structure. Published as a named interface of the plan module, so a module that is allowed
 * {@code plan :: lifearea} drives this part through the same use cases as the pages (the demo does).
 */
@NamedInterface("lifearea")
package nl.eenplan.plan.lifearea;

import org.springframework.modulith.NamedInterface;
