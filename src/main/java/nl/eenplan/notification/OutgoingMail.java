package nl.eenplan.notification;

/** A plain-text mail to one recipient. */
public record OutgoingMail(String recipient, String subject, String body) {

    public OutgoingMail {
        if (recipient == null || recipient.isBlank() || !recipient.contains("@")) {
            throw new IllegalArgumentException("recipient must be an e-mail address");
        }
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a mail needs a subject and a body");
        }
    }
}
