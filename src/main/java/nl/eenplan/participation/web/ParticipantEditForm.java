package nl.eenplan.participation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantDetails;

/** H-2: a participant's relation, reachable days, phone, e-mail and organisation, as edited. */
record ParticipantEditForm(
        @NotNull(message = "{team.stale}") Integer version,

        @NotBlank(message = "{participant.relation.required}")
        @Size(max = 200, message = "{participant.relation.tooLong}")
        String relation,

        List<DayOfWeek> reachableDays,

        @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{participant.phone.invalid}")
        String phone,

        @Email(message = "{participant.email.invalid}") @Size(max = 254, message = "{participant.email.invalid}")
        String email,

        UUID organisationId) {

    static ParticipantEditForm of(Participant p, int version) {
        return new ParticipantEditForm(
                version,
                p.relation(),
                p.reachableDays().stream().sorted().toList(),
                p.phone() == null ? "" : p.phone(),
                p.email() == null ? "" : p.email(),
                p.organisationId());
    }

    ParticipantDetails toDetails() {
        return new ParticipantDetails(
                relation,
                reachableDays == null
                        ? java.util.Set.of()
                        : reachableDays.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()),
                phone,
                email,
                organisationId);
    }
}
