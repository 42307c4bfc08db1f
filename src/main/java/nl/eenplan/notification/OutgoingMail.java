package nl.eenplan.notification;

import java.util.List;

/** A plain-text mail to one recipient, with files attached or none. */
public record OutgoingMail(String recipient, String subject, String body, List<Attachment> attachments) {

    public OutgoingMail {
        if (recipient == null || recipient.isBlank() || !recipient.contains("@")) {
            throw new IllegalArgumentException("recipient must be an e-mail address");
        }
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a mail needs a subject and a body");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A mail without attachments. */
    public OutgoingMail(String recipient, String subject, String body) {
        this(recipient, subject, body, List.of());
    }
}
