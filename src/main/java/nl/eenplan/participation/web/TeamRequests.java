package nl.eenplan.participation.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.ParticipantKind;

/** What the team API takes (H-2, H-3, R-7): the same fields and rules as the team's forms. */
final class TeamRequests {

    private TeamRequests() {}

    /** {@code POST .../team}: a network member or a professional joins the team (H-2, R-5, R-6). */
    record NewParticipantRequest(
            @NotNull(message = "{participant.kind.required}")
            ParticipantKind kind,

            @NotBlank(message = "{participant.name.required}") @Size(max = 120, message = "{participant.name.tooLong}")
            String name,

            @NotBlank(message = "{participant.relation.required}")
            @Size(max = 200, message = "{participant.relation.tooLong}")
            String relation,

            UUID organisationId,

            @Size(max = 7, message = "{error.unacceptableInput}")
            Set<@NotNull(message = "{error.unacceptableInput}") DayOfWeek> reachableDays,

            @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{participant.phone.invalid}")
            String phone,

            @Email(message = "{participant.email.invalid}") @Size(max = 254, message = "{participant.email.invalid}")
            String email,

            @NotNull(message = "{participant.active.required}")
            Boolean active,

            Boolean enforcing,
            LegalRole legalRole) {

        /** Names and relation without control characters. */
        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(name, false) && FieldRules.isText(relation, false);
        }

        ParticipantForm toForm() {
            return new ParticipantForm(
                    kind,
                    name,
                    relation,
                    organisationId,
                    days(reachableDays),
                    phone,
                    email,
                    active,
                    enforcing,
                    legalRole);
        }
    }

    /** {@code PUT .../team/{participantId}}: relation, reachable days, phone, e-mail, organisation (H-2). */
    record ParticipantRequest(
            @NotBlank(message = "{participant.relation.required}")
            @Size(max = 200, message = "{participant.relation.tooLong}")
            String relation,

            @Size(max = 7, message = "{error.unacceptableInput}")
            Set<@NotNull(message = "{error.unacceptableInput}") DayOfWeek> reachableDays,

            @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{participant.phone.invalid}")
            String phone,

            @Email(message = "{participant.email.invalid}") @Size(max = 254, message = "{participant.email.invalid}")
            String email,

            UUID organisationId) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(relation, false);
        }

        ParticipantEditForm toForm(int version) {
            return new ParticipantEditForm(version, relation, days(reachableDays), phone, email, organisationId);
        }
    }

    private static List<DayOfWeek> days(Set<DayOfWeek> days) {
        return days == null ? null : List.copyOf(days);
    }

    /** {@code PUT .../team/{participantId}/participation}: takes part ({@code true}) or a copy only (H-3). */
    record ParticipationRequest(
            @NotNull(message = "{team.switch.choose}") Boolean active) {}

    /**
     * {@code POST .../team/{participantId}/leave}: the end date; a coordinator names his successor, what
     * was arranged, and the version of coordination he saw.
     */
    record LeaveRequest(
            @NotNull(message = "{team.leave.endDateRequired}")
            LocalDate endedOn,

            UUID successorId,

            @Size(max = 2000, message = "{coordination.handover.noteTooLong}")
            String note,

            Integer coordinationVersion) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(note, true);
        }
    }

    /** {@code POST .../team/{participantId}/invitation}: an address, or none when it is known (H-2). */
    record InvitationRequest(
            @Email(message = "{team.invite.emailInvalid}") @Size(max = 254, message = "{team.invite.emailInvalid}")
            String email) {}
}
