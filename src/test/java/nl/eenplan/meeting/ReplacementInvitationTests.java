package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import java.time.LocalTime;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * M-4: the replacement an invitee sends gets the invitation with the round table's calendar object,
 * and its changes and cancellation; he may have no account, so his mail links to nothing.
 */
class ReplacementInvitationTests extends RoundTableTest {

    @Test
    @DisplayName("M-4: the replacement gets the invitation with the round table's UID and SEQUENCE, without a link")
    void theReplacementGetsTheInvitation() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        var karin = uniqueEmail("karin");

        sendReplacement(id, piet, "Karin Collega", karin);

        var mail = awaitMail(karin, "Uitnodiging als vervanger: Ronde Tafel op");
        assertThat(calendarPart(mail).getContentType()).contains("method=REQUEST");
        assertThat(textOf(mail))
                .contains("Wijkcentrum De Brug", "14:00", "15:30", "in de plaats van: Piet Prof")
                .doesNotContain(MAIL_BASE_URL, familyName);
        var event = event(calendarIn(mail), Method.request());
        assertThat(event.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(event.getSequence().getValue()).isEqualTo(find(id).sequence());
        assertThat(event.getUrl()).isNull();
        assertThat(event.getDescription().getValue()).doesNotContain(MAIL_BASE_URL);
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(find(id).schedule().startsAt().toInstant());
        assertThat(event.getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getEmail()).isEqualTo(karin);
            assertThat(attendee.getCommonName()).isEqualTo("Karin Collega");
        });
    }

    @Test
    @DisplayName("M-4: a change of place and the cancellation reach the replacement, with the next SEQUENCE")
    void changesAndTheCancellationReachTheReplacement() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        var karin = uniqueEmail("karin");
        sendReplacement(id, piet, "Karin Collega", karin);
        awaitMail(karin, "Uitnodiging als vervanger");

        moveTo(id, find(id).schedule().start(), find(id).schedule().end(), "Gemeentehuis, zaal 2");

        var changed = event(calendarIn(awaitMail(karin, "Gewijzigd: Ronde Tafel op")), Method.request());
        assertThat(changed.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(changed.getSequence().getValue()).isEqualTo(1);
        assertThat(changed.getLocation().getValue()).isEqualTo("Gemeentehuis, zaal 2");

        roundTables.cancel(household, id, viewer(hanna), find(id).version());

        var cancelled = event(calendarIn(awaitMail(karin, "Afgezegd: Ronde Tafel op")), Method.cancel());
        assertThat(cancelled.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
    }

    @Test
    @DisplayName("M-4: a replacement no longer sent, or whose meeting moved in time, gets a cancellation")
    void aReplacementNoLongerNeededIsReleased() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        var karin = uniqueEmail("karin");
        var rob = uniqueEmail("rob");
        sendReplacement(id, piet, "Karin Collega", karin);
        awaitMail(karin, "Uitnodiging als vervanger");

        sendReplacement(id, piet, "Rob Reserve", rob);

        var released = event(calendarIn(awaitMail(karin, "Niet meer nodig: Ronde Tafel op")), Method.cancel());
        assertThat(released.getUid().getValue()).isEqualTo(id + "@eenplan");
        assertThat(released.getSequence().getValue()).isZero();
        awaitMail(rob, "Uitnodiging als vervanger");

        moveTo(id, LocalTime.of(16, 0), LocalTime.of(17, 0), "Wijkcentrum De Brug");

        var moved = event(calendarIn(awaitMail(rob, "Niet meer nodig: Ronde Tafel op")), Method.cancel());
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(textOf(awaitMail(rob, "Niet meer nodig"))).contains("14:00");
        assertThat(roundTables.detail(household, id, viewer(hanna)).invitees())
                .singleElement()
                .satisfies(invitee -> assertThat(invitee.answered()).isFalse());
    }

    @Test
    @DisplayName("M-4, C-7: a replacement sent by a household member is not told the household's names")
    void aHouseholdMembersReplacementLearnsNoNames() throws Exception {
        var id = plannedRoundTable();
        invite(id, sanne);
        var grandma = uniqueEmail("oma");

        sendReplacement(id, sanne, "Oma", grandma);

        var mail = awaitMail(grandma, "Uitnodiging als vervanger");
        assertThat(textOf(mail))
                .contains("in de plaats van: iemand uit het team")
                .doesNotContain(familyName, "Sanne");
        assertThat(calendarIn(mail).getEvents().getFirst().getDescription().getValue())
                .doesNotContain(familyName);
    }

    private void sendReplacement(UUID id, AccountPrincipal invitee, String name, String email) {
        invitations.answer(
                household, id, viewer(invitee), find(id).sequence(), new Reply(Answer.REPLACEMENT, name, email));
    }

    private void moveTo(UUID id, LocalTime start, LocalTime end, String place) {
        var before = find(id);
        roundTables.plan(
                household,
                id,
                viewer(hanna),
                before.version(),
                new Schedule(before.schedule().date(), start, end, place, false),
                before.chairId(),
                before.minuteTakerId());
    }

    private static VEvent event(ICalendar calendar, Method method) {
        assertThat(calendar.getMethod()).isEqualTo(method);
        return calendar.getEvents().getFirst();
    }
}
