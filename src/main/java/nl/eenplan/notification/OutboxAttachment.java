package nl.eenplan.notification;

import java.util.UUID;

/**
 * An attachment as the outbox lists it: which mail, its place among the mail's attachments, file
 * name, content type and size in bytes; the content itself comes from {@link Mailer#attachment}.
 */
public record OutboxAttachment(UUID mailId, int position, String filename, String contentType, long size) {

    private static final long KILOBYTE = 1024;

    /** Whether the size reads best in bytes (under one kilobyte) rather than in kilobytes. */
    public boolean small() {
        return size < KILOBYTE;
    }

    /** The size in whole kilobytes, rounded up, so a file is never shown as 0 kB. */
    public long kilobytes() {
        return (size + KILOBYTE - 1) / KILOBYTE;
    }
}
