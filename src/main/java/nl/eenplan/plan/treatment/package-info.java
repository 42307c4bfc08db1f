/**
 * Treatment plans the professionals link to goals of the plan (PL-7). Published as a named interface of the plan module, so a module that is allowed
 * {@code plan :: treatment} drives this part through the same use cases as the pages (the demo does).
 */
@NamedInterface("treatment")
package nl.eenplan.plan.treatment;

import org.springframework.modulith.NamedInterface;
