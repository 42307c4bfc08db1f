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

    /**
     * A member of the household on its own team, without contact details; one who takes part (not
     * an expected child, H-1, H-3) is active and receives the copy.
     */
    public static NewParticipant householdMember(UUID memberId, String name, String relation, boolean takesPart) {
        return withoutDetails(ParticipantKind.HOUSEHOLD_MEMBER, memberId, null, name, relation, null, takesPart);
    }

    /** An active professional of this organisation who receives the copy and enforces no measure. */
    public static NewParticipant professional(UUID organisationId, String name, String relation, String email) {
        return withoutDetails(ParticipantKind.PROFESSIONAL, null, organisationId, name, relation, email, true);
    }

    private static NewParticipant withoutDetails(
            ParticipantKind kind,
            UUID memberId,
            UUID organisationId,
            String name,
            String relation,
            String email,
            boolean takesPart) {
        return new NewParticipant(
                kind,
                memberId,
                organisationId,
                name,
                relation,
                Set.of(),
                null,
                email,
                takesPart,
                takesPart,
                false,
                null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
