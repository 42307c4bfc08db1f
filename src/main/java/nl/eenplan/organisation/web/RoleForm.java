package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import nl.eenplan.organisation.StaffRole;

/** A staff role in an organisation to give or take away, with the account version the administrator saw. */
record RoleForm(
        @NotNull(message = "{invite.organisation.required}") UUID organisationId,
        @NotNull(message = "{invite.role.required}") StaffRole role,
        @NotNull(message = "{people.version.required}") Integer version) {

    static RoleForm empty(int version) {
        return new RoleForm(null, StaffRole.PROFESSIONAL, version);
    }
}
