package nl.eenplan.notification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file that goes with a mail, kept in the outbox with it. A calendar invitation is one: its
 * content type carries the iTIP method ({@code text/calendar; method=REQUEST; charset=UTF-8}), so
 * mail programs offer to put it in the agenda.
 */
public record Attachment(String filename, String contentType, byte[] content) {

    public Attachment {
        if (filename == null || filename.isBlank() || contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a file name and a content type");
        }
        if (content == null) {
            throw new IllegalArgumentException("an attachment needs content");
        }
        content = content.clone();
    }

    /** An iCalendar object (RFC 5545) sent with an iTIP method such as {@code REQUEST} or {@code CANCEL}. */
    public static Attachment calendar(String filename, String icalendar, String method) {
        if (method == null || !method.matches("[A-Z-]+")) {
            throw new IllegalArgumentException("an iTIP method is a word in capitals");
        }
        return new Attachment(
                filename,
                "text/calendar; method=" + method + "; charset=UTF-8",
                icalendar.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && filename.equals(that.filename)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * filename.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
