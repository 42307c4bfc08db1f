package nl.eenplan.notification;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/** A mail as kept in the outbox, delivered or not. */
public record OutboxMail(
        UUID id,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        Instant deliveredAt,
        int attempts,
        String lastError) {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32,}");

    /**
     * The body as an administrator may read it: once a mail has reached its recipient, one-time
     * secrets in its links (invitations) are hidden, so that reading the outbox gives no way in.
     */
    public String readableBody() {
        return deliveredAt == null ? body : SECRET.matcher(body).replaceAll("…");
    }
}
