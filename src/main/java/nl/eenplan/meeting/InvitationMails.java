package nl.eenplan.meeting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * where the invitee answers; nothing about the household is in it (C-7). A replacement an invitee
 * sends (M-4) gets the same calendar object, without a link: he may have no account.
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
        CANCELLATION,
        /** M-4: a replacement is no longer needed: the invitee answered anew, or the meeting moved. */
        RELEASE
    }

    /**
     * Someone the mail goes to. A replacement (M-4) comes in place of an invitee: {@code inPlaceOf}
     * is that invitee's name when a professional, {@code null} for anyone else (C-7: no names of the
     * household in mail).
     */
    record Recipient(String name, String email, boolean replacement, String inPlaceOf) {

        Recipient(String name, String email) {
            this(name, email, false, null);
        }

        /** The replacement an invitee names in his answer. */
        static Recipient replacing(Participant invitee, String name, String email) {
            return new Recipient(
                    name, email, true, invitee != null && invitee.isProfessional() ? invitee.name() : null);
        }
    }

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

    /**
     * Sends one mail per recipient, with the calendar object as it stands at {@code sequence}:
     * {@code roundTable} as it was before the change, {@code schedule} as it is now. A replacement
     * whose meeting moved in time is released (answers for the old time no longer hold); the
     * invitee who sent him decides anew.
     */
    void send(
            Occasion occasion,
            RoundTable roundTable,
            Schedule schedule,
            int sequence,
            String organiser,
            List<Recipient> recipients) {
        for (var recipient : recipients) {
            if (!recipient.replacement()) {
                toInvitee(occasion, roundTable, schedule, sequence, organiser, recipient);
            } else if (occasion == Occasion.CHANGE && !schedule.sameTimeAs(roundTable.schedule())) {
                toReplacement(Occasion.RELEASE, roundTable, roundTable.schedule(), sequence, organiser, recipient);
            } else {
                toReplacement(occasion, roundTable, schedule, sequence, organiser, recipient);
            }
        }
    }

    /**
     * M-4: after an invitee answered, the replacement he now names gets the invitation (same UID and
     * SEQUENCE as everyone's), and one he named before but no longer sends is released.
     */
    void replacementAnswered(
            RoundTable roundTable, Invitee before, Reply reply, Participant invitee, String organiser) {
        var earlier = before.answer() == Answer.REPLACEMENT ? before.replacementEmail() : null;
        var now = reply.answer() == Answer.REPLACEMENT ? reply.replacementEmail() : null;
        if (earlier != null && !sameAddress(earlier, now)) {
            toReplacement(
                    Occasion.RELEASE,
                    roundTable,
                    roundTable.schedule(),
                    roundTable.sequence(),
                    organiser,
                    Recipient.replacing(invitee, before.replacementName(), earlier));
        }
        if (now != null && !sameAddress(now, earlier)) {
            toReplacement(
                    Occasion.INVITATION,
                    roundTable,
                    roundTable.schedule(),
                    roundTable.sequence(),
                    organiser,
                    Recipient.replacing(invitee, reply.replacementName(), now));
        }
    }

    private void toInvitee(
            Occasion occasion,
            RoundTable roundTable,
            Schedule schedule,
            int sequence,
            String organiser,
            Recipient recipient) {
        var link = baseUrl + "/households/" + roundTable.householdId() + "/round-tables/" + roundTable.id();
        var place = place(schedule);
        var name = occasion.name().toLowerCase(Locale.ROOT);
        var day = DAY.format(schedule.date());
        var body = text(
                "meeting.mail." + name + ".body",
                day,
                TIME.format(schedule.start()),
                TIME.format(schedule.end()),
                place,
                link);
        var calendar = calendar(
                roundTable, sequence, schedule, text("meeting.ics.description", link), link, organiser, recipient);
        mail(occasion, text("meeting.mail." + name + ".subject", day), body, calendar, recipient);
    }

    /** A replacement may have no account: his mail says when and where, and links to nothing he cannot open. */
    private void toReplacement(
            Occasion occasion,
            RoundTable roundTable,
            Schedule schedule,
            int sequence,
            String organiser,
            Recipient recipient) {
        var inPlaceOf =
                recipient.inPlaceOf() != null ? recipient.inPlaceOf() : text("meeting.mail.replacement.someone");
        var name = "meeting.mail.replacement." + occasion.name().toLowerCase(Locale.ROOT);
        var day = DAY.format(schedule.date());
        var body = text(
                name + ".body",
                day,
                TIME.format(schedule.start()),
                TIME.format(schedule.end()),
                place(schedule),
                inPlaceOf);
        var calendar = calendar(
                roundTable,
                sequence,
                schedule,
                text("meeting.ics.replacementDescription", inPlaceOf),
                null,
                organiser,
                recipient);
        mail(occasion, text(name + ".subject", day), body, calendar, recipient);
    }

    private InvitationCalendar calendar(
            RoundTable roundTable,
            int sequence,
            Schedule schedule,
            String description,
            String link,
            String organiser,
            Recipient recipient) {
        return new InvitationCalendar(
                InvitationCalendar.uidOf(roundTable),
                sequence,
                schedule,
                text("meeting.ics.summary"),
                place(schedule),
                description,
                link,
                new InvitationCalendar.Person(organiser, from),
                new InvitationCalendar.Person(recipient.name(), recipient.email()),
                clock.instant());
    }

    private void mail(Occasion occasion, String subject, String body, InvitationCalendar calendar, Recipient to) {
        var cancel = occasion == Occasion.CANCELLATION || occasion == Occasion.RELEASE;
        var method = cancel ? InvitationCalendar.CANCEL : InvitationCalendar.REQUEST;
        var ics = cancel ? calendar.cancel() : calendar.request();
        mailer.send(new OutgoingMail(
                to.email(), subject, body, List.of(Attachment.calendar("ronde-tafel.ics", ics, method))));
    }

    /**
     * The invitees as recipients, each with their name in the team, and the replacements they send
     * (M-4), so that changes and cancellations reach those too.
     */
    static List<Recipient> recipients(List<Invitee> invitees, List<Participant> team) {
        var result = new ArrayList<Recipient>();
        for (var invitee : invitees) {
            var participant = team.stream()
                    .filter(p -> p.id().equals(invitee.participantId()))
                    .findFirst();
            result.add(new Recipient(participant.map(Participant::name).orElse(invitee.email()), invitee.email()));
            if (invitee.answer() == Answer.REPLACEMENT) {
                result.add(Recipient.replacing(
                        participant.orElse(null), invitee.replacementName(), invitee.replacementEmail()));
            }
        }
        return result;
    }

    private static boolean sameAddress(String email, String other) {
        return other != null && email.equalsIgnoreCase(other);
    }

    private String place(Schedule schedule) {
        return schedule.place() != null ? schedule.place() : text("meeting.ics.remote");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
