package nl.eenplan.meeting;

import java.time.Instant;
import java.util.UUID;

/** M-4: a participant invited to a round table, the address the invitation went to, and their answer. */
public record Invitee(
        UUID participantId,
        String email,
        Instant invitedAt,
        Answer answer,
        Instant answeredAt,
        String replacementName,
        String replacementEmail) {

    public boolean answered() {
        return answer != null;
    }
}
