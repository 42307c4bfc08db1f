package nl.eenplan.participation;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/** A participant to add; validated here, so that no half-filled participant is ever stored. */
public record NewParticipant(
        ParticipantKind kind,
        UUID memberId,
        UUID organisationId,
        String name,
        String relation,
        Set<DayOfWeek> reachableDays,
        String phone,
        String email,
        boolean active,
        boolean receivesCopy,
        boolean enforcing,
        LegalRole legalRole) {

    public NewParticipant {
        if (kind == null) {
            throw new IllegalArgumentException("kind");
        }
        if (kind == ParticipantKind.HOUSEHOLD_MEMBER && memberId == null) {
            throw new IllegalArgumentException("a household member participates as a member");
        }
        if (kind == ParticipantKind.PROFESSIONAL && organisationId == null) {
            throw new IllegalArgumentException("a professional works for an organisation");
        }
        if (name == null || name.isBlank() || relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("name and relation");
        }
        reachableDays = reachableDays == null ? Set.of() : Set.copyOf(reachableDays);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
