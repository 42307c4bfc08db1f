package nl.eenplan.participation;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.UUID;

/**
 * H-2: what is kept of a participant besides who he is: his relation to the household in free text, the
 * days he is reachable, phone and e-mail, and (a professional) his organisation.
 */
public record ParticipantDetails(
        String relation, Set<DayOfWeek> reachableDays, String phone, String email, UUID organisationId) {

    public ParticipantDetails {
        if (relation == null || relation.isBlank()) {
            throw new IllegalArgumentException("a participant needs a relation to the household");
        }
        relation = relation.strip();
        reachableDays = reachableDays == null ? Set.of() : Set.copyOf(reachableDays);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }
}
