/**
 * The team around a household (H-2, H-3): household members, network members and professionals,
 * active or receiving a copy only; and who coordinates (R): the coordinator, the form of
 * coordination, the rules that may refuse a choice, handover and the full history.
 */
@ApplicationModule(
        allowedDependencies = {"household", "identity", "organisation", "notification", "audit", "calendar", "home"})
package nl.eenplan.participation;

import org.springframework.modulith.ApplicationModule;
