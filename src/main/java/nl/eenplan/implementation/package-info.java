/** Implementation checklists from templates and the basic requirements of providers (IMP-3, IMP-4, IMP-6). */
@ApplicationModule(allowedDependencies = {})
package nl.eenplan.implementation;

import org.springframework.modulith.ApplicationModule;
