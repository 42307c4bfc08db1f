package nl.eenplan.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.eenplan.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of reminder mails, in Dutch (B1), each with a direct link. Like every EenPlan mail they
 * hold no data about the household (no names, no text of the plan): only what sort of thing is due
 * when, and where to find it.
 */
@Component
class ReminderMails {

    private static final Locale DUTCH = Locale.of("nl");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

    private final MessageSource messages;
    private final String baseUrl;

    ReminderMails(MessageSource messages, @Value("${eenplan.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    OutgoingMail reminder(String recipient, ReminderMoment moment, Deadline deadline, LocalDate today) {
        var late = deadline.due().isBefore(today);
        var keys = switch (moment) {
            case BEFORE -> List.of("deadline.mail.before.subject", "deadline.mail.before.body");
            case ON ->
                late
                        ? List.of("deadline.mail.late.subject", "deadline.mail.late.body")
                        : List.of("deadline.mail.on.subject", "deadline.mail.on.body");
            case DIGEST -> throw new IllegalArgumentException("a digest lists deadlines; see digest()");
        };
        var subject = text(keys.get(0));
        var body = text(keys.get(1), kind(deadline), DAY.format(deadline.due()), link(deadline.path()));
        return new OutgoingMail(recipient, subject, body);
    }

    OutgoingMail digest(String recipient, DigestWeek week, List<Deadline> open, LocalDate today) {
        var lines = new StringBuilder();
        for (var deadline : open) {
            var late = deadline.due().isBefore(today);
            lines.append(text(
                    late ? "deadline.mail.digest.lineLate" : "deadline.mail.digest.line",
                    kind(deadline),
                    DAY.format(deadline.due()),
                    link(deadline.path())));
        }
        var subject = text("deadline.mail.digest.subject", week.week());
        var body = text("deadline.mail.digest.body", lines.toString(), link("/to-do"));
        return new OutgoingMail(recipient, subject, body);
    }

    private String kind(Deadline deadline) {
        return text("deadline.kind." + deadline.kind().name());
    }

    private String link(String path) {
        return baseUrl + path;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
