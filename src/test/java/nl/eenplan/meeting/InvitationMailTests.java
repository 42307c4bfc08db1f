package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.property.Method;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invitations leave as mail with an iCalendar object that calendars understand (M-3, M-4). */
class InvitationMailTests extends RoundTableTest {

    @Test
    @DisplayName("M-4: each invitee gets a mail with an iCalendar REQUEST: one UID per round table, Dutch start time")
    void invitationsCarryACalendarRequest() throws Exception {
        var id = plannedRoundTable();
        var roundTable = find(id);

        invite(id, piet, sanne);

        var mail = awaitMail(piet.email(), "Uitnodiging: Ronde Tafel op");
        assertThat(calendarPart(mail).getContentType())
                .startsWith("text/calendar")
                .contains("method=REQUEST")
                .containsIgnoringCase("charset=UTF-8");
        var body = textOf(mail);
        assertThat(body).contains("Wijkcentrum De Brug", "14:00").doesNotContain(familyName);
        assertThat(linkIn(body)).endsWith("/households/" + household + "/round-tables/" + id);

        var calendar = calendarIn(mail);
        assertThat(calendar.getMethod()).isEqualTo(Method.request());
        var event = calendar.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(roundTable.schedule().startsAt().toInstant());
        assertThat(event.getDateEnd().getValue().toInstant())
                .isEqualTo(roundTable.schedule().endsAt().toInstant());
        assertThat(event.getLocation().getValue()).isEqualTo("Wijkcentrum De Brug");
        assertThat(event.getSummary().getValue()).isEqualTo("Ronde Tafel");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Hanna Hulp");
        assertThat(event.getAttendees())
                .singleElement()
                .satisfies(attendee -> assertThat(attendee.getEmail()).isEqualTo(piet.email()));

        var toSanne = calendarIn(awaitMail(sanne.email(), "Uitnodiging: Ronde Tafel op"));
        assertThat(toSanne.getEvents().getFirst().getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(auditEvents(hanna)).contains("ROUND_TABLE_INVITED");
    }

    @Test
    @DisplayName("M-3: a change of time sends the same UID with SEQUENCE + 1; calling off sends METHOD:CANCEL")
    void changesAndCancellationsUpdateTheCalendar() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        invitations.answer(household, id, viewer(piet), find(id).sequence(), new Reply(Answer.ATTEND, null, null));
        var before = find(id);

        roundTables.plan(
                household,
                id,
                viewer(hanna),
                before.version(),
                new Schedule(
                        before.schedule().date(),
                        LocalTime.of(16, 0),
                        LocalTime.of(17, 0),
                        "Wijkcentrum De Brug",
                        false),
                before.chairId(),
                before.minuteTakerId());

        var changed = calendarIn(awaitMail(piet.email(), "Gewijzigd: Ronde Tafel op"));
        assertThat(changed.getMethod()).isEqualTo(Method.request());
        var event = changed.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(find(id).schedule().startsAt().toInstant());
        assertThat(roundTables.detail(household, id, viewer(hanna)).invitees())
                .singleElement()
                .satisfies(invitee -> assertThat(invitee.answered())
                        .as("answer for the old time")
                        .isFalse());

        roundTables.cancel(household, id, viewer(hanna), find(id).version());

        var cancelled = calendarIn(awaitMail(piet.email(), "Afgezegd: Ronde Tafel op"));
        assertThat(cancelled.getMethod()).isEqualTo(Method.cancel());
        assertThat(cancelled.getEvents().getFirst().getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(cancelled.getEvents().getFirst().getSequence().getValue()).isEqualTo(2);
        assertThat(calendarPart(awaitMail(piet.email(), "Afgezegd")).getContentType())
                .contains("method=CANCEL");
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.CANCELLED);
    }

    @Test
    @DisplayName("M-1: inviting needs a planned date, and someone to invite")
    void invitingNeedsADateAndSomeone() {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var version = find(id).version();
        assertThatThrownBy(() -> invitations.invite(
                        household,
                        id,
                        viewer(hanna),
                        version,
                        Set.of(inTeam(piet).id())))
                .isInstanceOf(RoundTableRefused.class)
                .hasMessage("meeting.invite.planFirst");
        var planned = plannedRoundTable();
        assertThatThrownBy(() -> invitations.invite(
                        household, planned, viewer(hanna), find(planned).version(), Set.of()))
                .isInstanceOf(RoundTableRefused.class)
                .hasMessage("meeting.invite.nobody");
    }
}
