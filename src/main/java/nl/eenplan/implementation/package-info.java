/**
 * Implementation of the method (IMP): each municipality's frameworks for the method, kept as a history
 * (IMP-1); implementation checklists started from templates an administrator keeps (IMP-3); the basic
 * requirements of providers, computed from roles, training, the provider's implementation checklist and
 * the facts a provider records (IMP-4); a warning for the roles the method asks for that are missing
 * (IMP-2); and coordinators' recruitment records on the competence profile (IMP-6).
 */
@ApplicationModule(
        allowedDependencies = {"organisation", "identity", "audit", "home", "household", "participation", "calendar"})
package nl.eenplan.implementation;

import org.springframework.modulith.ApplicationModule;
