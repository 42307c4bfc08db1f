package nl.eenplan.notification;

import java.time.Instant;
import java.util.UUID;

/** A mail as kept in the outbox, delivered or not. */
public record OutboxMail(
        UUID id,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        Instant deliveredAt,
        int attempts,
        String lastError) {}
