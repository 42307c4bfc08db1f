/**
 * Implementation of the method (IMP): each municipality's frameworks for the method, kept as a history
 * (IMP-1); implementation checklists started from templates an administrator keeps (IMP-3); the basic
 * requirements of providers, computed from roles, training and the facts a provider records (IMP-4), and
 * coordinators' recruitment records on the competence profile (IMP-6).
 */
@ApplicationModule(allowedDependencies = {"organisation", "identity", "audit", "home", "household", "participation"})
package nl.eenplan.implementation;

import org.springframework.modulith.ApplicationModule;
