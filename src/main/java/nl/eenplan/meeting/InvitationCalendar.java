package nl.eenplan.meeting;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;

/**
 * The iCalendar object (RFC 5545, iTIP RFC 5546) of a round-table invitation, written with
 * biweekly (ADR 0014). One UID per round table for its whole life; {@code SEQUENCE} rises with every
 * change, so calendars replace the earlier invitation; times are in UTC, which every calendar shows
 * in its own zone. Answers are given in EenPlan, so the invitation asks for no reply by mail.
 * {@code link} is {@code null} for a replacement (M-4), who may have no account to open it with.
 */
record InvitationCalendar(
        String uid,
        int sequence,
        Schedule schedule,
        String summary,
        String location,
        String description,
        String link,
        Person organizer,
        Person attendee,
        Instant stamp) {

    /** iTIP methods EenPlan sends. */
    static final String REQUEST = "REQUEST";

    static final String CANCEL = "CANCEL";

    /** A person in the invitation: a name and an e-mail address. */
    record Person(String name, String email) {}

    static String uidOf(RoundTable roundTable) {
        return roundTable.id() + "@eenplan";
    }

    /** A new or changed invitation ({@code METHOD:REQUEST}). */
    String request() {
        return write(Method.request(), Status.confirmed(), ParticipationStatus.NEEDS_ACTION);
    }

    /** The round table is called off ({@code METHOD:CANCEL}); calendars remove it. */
    String cancel() {
        return write(Method.cancel(), Status.cancelled(), null);
    }

    private String write(Method method, Status status, ParticipationStatus participation) {
        var calendar = new ICalendar();
        calendar.setProductId("-//EenPlan//Ronde Tafel//NL");
        calendar.setMethod(method);
        var event = new VEvent();
        event.setUid(uid);
        event.setSequence(sequence);
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(Date.from(schedule.startsAt().toInstant()));
        event.setDateEnd(Date.from(schedule.endsAt().toInstant()));
        event.setSummary(summary);
        event.setLocation(location);
        event.setDescription(description);
        if (link != null) {
            event.setUrl(link);
        }
        event.setStatus(status);
        event.setOrganizer(new Organizer(organizer.name(), organizer.email()));
        var invited = new Attendee(attendee.name(), attendee.email());
        invited.setParticipationLevel(ParticipationLevel.REQUIRED);
        invited.setRsvp(false);
        if (participation != null) {
            invited.setParticipationStatus(participation);
        }
        event.addAttendee(invited);
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
