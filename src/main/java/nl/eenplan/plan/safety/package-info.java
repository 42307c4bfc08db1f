/**
 * The safety plan (PL-6). Published as a named interface of the plan module, so a module that is allowed
 * {@code plan :: safety} drives this part through the same use cases as the pages (the demo does).
 */
@NamedInterface("safety")
package nl.eenplan.plan.safety;

import org.springframework.modulith.NamedInterface;
