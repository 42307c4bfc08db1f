/** Implementation checklists from templates and the basic requirements of providers (IMP-3, IMP-4, IMP-6). */
@ApplicationModule(allowedDependencies = {"organisation", "identity", "home"})
package nl.eenplan.implementation;

import org.springframework.modulith.ApplicationModule;
