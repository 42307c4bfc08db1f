/**
 * Implementation of the method (IMP): each municipality's frameworks for the method, kept as a history
 * (IMP-1); implementation checklists started from templates an administrator keeps (IMP-3); and the
 * basic requirements of providers (IMP-4, IMP-6).
 */
@ApplicationModule(allowedDependencies = {"organisation", "identity", "audit", "home", "household", "participation"})
package nl.eenplan.implementation;

import org.springframework.modulith.ApplicationModule;
