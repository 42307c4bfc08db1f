package nl.eenplan.participation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Whom of the team to invite to log in; the address may be left empty when it is known. */
record InviteParticipantForm(
        @NotNull(message = "{team.invite.participantRequired}")
        UUID participantId,

        @Email(message = "{team.invite.emailInvalid}") @Size(max = 254, message = "{team.invite.emailInvalid}")
        String email) {

    static InviteParticipantForm empty() {
        return new InviteParticipantForm(null, "");
    }
}
