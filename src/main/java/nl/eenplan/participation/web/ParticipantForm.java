package nl.eenplan.participation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.ParticipantKind;
import org.springframework.validation.Errors;

/** A network member or professional to add to the team (H-2, R-5, R-6). */
record ParticipantForm(
        ParticipantKind kind,

        @NotBlank(message = "{participant.name.required}") @Size(max = 120, message = "{participant.name.tooLong}")
        String name,

        @NotBlank(message = "{participant.relation.required}")
        @Size(max = 200, message = "{participant.relation.tooLong}")
        String relation,

        UUID organisationId,
        List<DayOfWeek> reachableDays,

        @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{participant.phone.invalid}")
        String phone,

        @Email(message = "{participant.email.invalid}") @Size(max = 254, message = "{participant.email.invalid}")
        String email,

        Boolean active,
        Boolean enforcing,
        LegalRole legalRole) {

    /** The kinds one can add here; household members join when the household is registered. */
    static final List<ParticipantKind> KINDS = List.of(ParticipantKind.NETWORK, ParticipantKind.PROFESSIONAL);

    static ParticipantForm empty() {
        return new ParticipantForm(ParticipantKind.NETWORK, "", "", null, List.of(), "", "", true, false, null);
    }

    /** The checks that depend on more than one field. */
    void check(Errors errors, boolean organisationExists) {
        if (kind == null || !KINDS.contains(kind)) {
            errors.rejectValue("kind", "participant.kind.required");
        }
        if (kind == ParticipantKind.PROFESSIONAL && !organisationExists) {
            errors.rejectValue("organisationId", "participant.organisation.required");
        }
        if (active == null) {
            errors.rejectValue("active", "participant.active.required");
        }
        if (kind == ParticipantKind.NETWORK && Boolean.TRUE.equals(enforcing)) {
            // R-5 is about organisations that enforce a measure; a neighbour or grandmother never does.
            errors.rejectValue("enforcing", "participant.enforcing.onlyProfessional");
        }
    }

    NewParticipant toNewParticipant() {
        var professional = kind == ParticipantKind.PROFESSIONAL;
        var isActive = Boolean.TRUE.equals(active);
        return new NewParticipant(
                kind,
                null,
                professional ? organisationId : null,
                name.strip(),
                relation.strip(),
                reachableDays == null
                        ? Set.of()
                        : reachableDays.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()),
                phone,
                email,
                isActive,
                // PL-9: active professionals and copy-only recipients get the copy; H-3 decides the network.
                !isActive || professional,
                professional && Boolean.TRUE.equals(enforcing),
                legalRole);
    }
}
