package nl.eenplan.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.eenplan.organisation.StaffRole;

/** Whom to invite; staff also get an organisation and a role. */
record InvitationForm(
        @NotBlank(message = "{invite.name.required}") @Size(max = 120, message = "{invite.name.tooLong}")
        String name,

        @NotBlank(message = "{invite.email.required}")
        @Email(message = "{invite.email.invalid}")
        @Size(max = 254, message = "{invite.email.invalid}")
        String email,

        @NotNull(message = "{invite.kind.required}") InviteKind kind,
        UUID organisationId,
        StaffRole role) {

    static InvitationForm empty() {
        return new InvitationForm("", "", InviteKind.STAFF, null, StaffRole.PROFESSIONAL);
    }

    enum InviteKind {
        STAFF,
        CITIZEN,
        ADMINISTRATOR
    }
}
