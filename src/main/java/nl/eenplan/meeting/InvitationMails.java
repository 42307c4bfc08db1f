package nl.eenplan.meeting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.eenplan.notification.Attachment;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import nl.eenplan.participation.Participant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends round-table invitations, changes and cancellations, each with its iCalendar object
 * attached (M-3, M-4). The mail says when and where, and links to the round table in EenPlan,
 * where the invitee answers; nothing about the household is in it (C-7).
 */
@Component
class InvitationMails {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

    /** What the mail is about; each has its own subject and text. */
    enum Occasion {
        INVITATION,
        CHANGE,
        CANCELLATION
    }

    /** Someone the mail goes to. */
    record Recipient(String name, String email) {}

    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    InvitationMails(
            Mailer mailer,
            MessageSource messages,
            Clock clock,
            @Value("${eenplan.base-url}") String baseUrl,
            @Value("${eenplan.mail.from}") String from) {
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /** Sends one mail per recipient, with the calendar object as it stands at {@code sequence}. */
    void send(
            Occasion occasion,
            RoundTable roundTable,
            Schedule schedule,
            int sequence,
            String organiser,
            List<Recipient> recipients) {
        var link = baseUrl + "/households/" + roundTable.householdId() + "/round-tables/" + roundTable.id();
        var day = DAY.format(schedule.date());
        var place = schedule.place() != null ? schedule.place() : text("meeting.ics.remote");
        var name = occasion.name().toLowerCase(Locale.ROOT);
        var subject = text("meeting.mail." + name + ".subject", day);
        var body = text(
                "meeting.mail." + name + ".body",
                day,
                TIME.format(schedule.start()),
                TIME.format(schedule.end()),
                place,
                link);
        for (var recipient : recipients) {
            var calendar = new InvitationCalendar(
                    InvitationCalendar.uidOf(roundTable),
                    sequence,
                    schedule,
                    text("meeting.ics.summary"),
                    place,
                    text("meeting.ics.description", link),
                    link,
                    new InvitationCalendar.Person(organiser, from),
                    new InvitationCalendar.Person(recipient.name(), recipient.email()),
                    clock.instant());
            var method = occasion == Occasion.CANCELLATION ? InvitationCalendar.CANCEL : InvitationCalendar.REQUEST;
            var ics = method.equals(InvitationCalendar.CANCEL) ? calendar.cancel() : calendar.request();
            mailer.send(new OutgoingMail(
                    recipient.email(), subject, body, List.of(Attachment.calendar("ronde-tafel.ics", ics, method))));
        }
    }

    /** The invitees as recipients, each with their name in the team. */
    static List<Recipient> recipients(List<Invitee> invitees, List<Participant> team) {
        return invitees.stream()
                .map(i -> new Recipient(
                        team.stream()
                                .filter(p -> p.id().equals(i.participantId()))
                                .map(Participant::name)
                                .findFirst()
                                .orElse(i.email()),
                        i.email()))
                .toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
