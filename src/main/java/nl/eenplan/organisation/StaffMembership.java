package nl.eenplan.organisation;

import java.util.UUID;

/** That a person holds a role in an organisation. */
public record StaffMembership(UUID accountId, UUID organisationId, String organisationName, StaffRole role) {}
