package nl.eenplan.organisation;

import java.util.UUID;

/** IMP-2: an organisation that lacks a role the method asks of it. */
public record RoleGap(UUID organisationId, String organisationName, StaffRole missing) {}
