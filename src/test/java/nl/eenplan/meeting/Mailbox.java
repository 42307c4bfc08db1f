package nl.eenplan.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Reading what GreenMail received: a mail by subject, its text, and its calendar part parsed with biweekly. */
interface Mailbox {

    /** The SMTP server the application sends to. */
    GreenMail smtp();

    /** Waits up to ten seconds for a mail to this address whose subject starts so. */
    default MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (var message : smtp().getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                        && message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subjectStart + "...' to " + recipient + " within ten seconds");
    }

    /** The calendar part of a mail, parsed with the library that wrote it. */
    default ICalendar calendarIn(MimeMessage message) throws Exception {
        var part = calendarPart(message);
        var out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return Biweekly.parse(out.toString(StandardCharsets.UTF_8)).first();
    }

    default Part calendarPart(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                return part;
            }
        }
        throw new AssertionError("no text/calendar part in " + message.getSubject());
    }

    /** The plain-text body of a multipart mail. */
    default String textOf(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                for (int j = 0; j < nested.getCount(); j++) {
                    if (nested.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) nested.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no text part in " + message.getSubject());
    }
}
