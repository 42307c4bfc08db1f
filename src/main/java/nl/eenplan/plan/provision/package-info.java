/**
 * Tab 3 of the plan (PL-3, PL-10): requested provisions and the decision request. Published as a named interface of the plan module, so a module that is allowed
 * {@code plan :: provision} drives this part through the same use cases as the pages (the demo does).
 */
@NamedInterface("provision")
package nl.eenplan.plan.provision;

import org.springframework.modulith.NamedInterface;
