package nl.eenplan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The method's rules through the API: refusals are 422 problems naming their reason, nothing is stored. */
class RoundTableApiRulesTests extends RoundTableApiTest {

    @Test
    @DisplayName("M-2: the initiative cannot lie after today, and only a professional takes it (422 with reason)")
    void theInitiativeIsAProfessionalsOnOrBeforeToday() throws Exception {
        var tomorrow = roundTables.today().plusDays(1);
        mvc.perform(by(hanna, post(api())).content("{\"initiatedOn\": \"%s\"}".formatted(tomorrow)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.reason").value("meeting.initiative.inFuture"))
                .andExpect(jsonPath("$.field").value("initiatedOn"))
                .andExpect(jsonPath("$.detail").value("De datum van het initiatief kan niet na vandaag liggen."));
        mvc.perform(by(sanne, post(api())).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.initiative.professionalsOnly"));
        assertThat(count("select count(*) from round_table where household_id = ?"))
                .isZero();
    }

    @Test
    @DisplayName("M-3, X-4: a Saturday after the window is planned all the same, with a warning for each")
    void aDayOutsideTheWindowIsKeptWithWarnings() throws Exception {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var saturday = find(id).window().latest().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

        mvc.perform(by(hanna, put(api(id) + "/planning"))
                        .header("If-Match", etag(id))
                        .header("Accept-Language", "en")
                        .content(planning(saturday, "10:00", "11:00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outsideWindow").value(true))
                .andExpect(jsonPath("$.warnings.length()").value(2))
                .andExpect(jsonPath("$.warnings[0].field").value("date"))
                .andExpect(jsonPath("$.warnings[1].detail")
                        .value(org.hamcrest.Matchers.containsString("is not a working day")));
        assertThat(find(id).schedule().date()).isEqualTo(saturday);
    }

    @Test
    @DisplayName("M-3: an end before the start and a day that cannot be are refused; nothing is stored")
    void anImpossibleScheduleIsRefused() throws Exception {
        var id = roundTables.takeInitiative(household, viewer(hanna), null);
        var day = find(id).window().earliest();

        mvc.perform(by(hanna, put(api(id) + "/planning"))
                        .header("If-Match", etag(id))
                        .content(planning(day, "15:00", "14:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.schedule.endBeforeStart"))
                .andExpect(jsonPath("$.field").value("end"));
        mvc.perform(by(hanna, put(api(id) + "/planning"))
                        .header("If-Match", etag(id))
                        .content("{\"start\": \"14:00\", \"end\": \"15:00\", \"remote\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("Kies een datum."));
        assertThat(find(id).scheduled()).isFalse();
        assertThat(version(id)).isZero();
    }

    @Test
    @DisplayName("M-1: inviting needs a planned day (422); M-4: the minutes cannot say it was held after today")
    void invitingNeedsADayAndMinutesNoFuture() throws Exception {
        var unplanned = roundTables.takeInitiative(household, viewer(hanna), null);
        mvc.perform(by(hanna, post(api(unplanned) + "/invitations"))
                        .header("If-Match", etag(unplanned))
                        .content("{\"participantIds\": [\"%s\"]}"
                                .formatted(inTeam(piet).id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.invite.planFirst"));

        var id = plannedRoundTable();
        mvc.perform(by(piet, put(api(id) + "/minutes"))
                        .header("If-Match", etag(id))
                        .content("{\"minutes\": \"Verslag\", \"heldOn\": \"%s\"}"
                                .formatted(roundTables.today().plusDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.minutes.heldInFuture"))
                .andExpect(jsonPath("$.field").value("heldOn"));
        assertThat(find(id).minutes()).isEmpty();
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.PLANNED);
        assertThat(count("select count(*) from round_table_invitee i join round_table r on r.id = i.round_table_id "
                        + "where r.household_id = ?"))
                .isZero();
    }

    @Test
    @DisplayName("M-4: a replacement needs an e-mail address; M-2: the coordinator only at the first round table")
    void aReplacementNeedsAnAddressAndTheCoordinatorTheFirstRoundTable() throws Exception {
        var first = plannedRoundTable();
        invite(first, piet);
        mvc.perform(by(piet, post(api(first) + "/answers"))
                        .content("{\"sequence\": 0, \"answer\": \"REPLACEMENT\", \"replacementName\": \"Karin\", "
                                + "\"replacementEmail\": \"geen adres\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.answer.replacementEmailInvalid"))
                .andExpect(jsonPath("$.field").value("replacementEmail"));
        assertThat(roundTables
                        .detail(household, first, viewer(piet))
                        .myInvitation()
                        .answered())
                .isFalse();

        var second = plannedRoundTable();
        mvc.perform(by(piet, post(api(second) + "/coordinator"))
                        .header("If-Match", etag(second))
                        .content(("{\"coordinatorId\": \"%s\", \"form\": \"CASE_COORDINATION\", \"chosenBy\": "
                                        + "\"HOUSEHOLD\", \"coordinationVersion\": %d}")
                                .formatted(
                                        inTeam(hanna).id(),
                                        coordinations.of(household).version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.coordinator.notFirst"));
        assertThat(coordinations.of(household).hasCoordinator()).isFalse();
    }

    @Test
    @DisplayName("M-4: a round table that was called off cannot be planned again or minuted (422)")
    void aCalledOffRoundTableStaysSo() throws Exception {
        var id = plannedRoundTable();
        roundTables.cancel(household, id, viewer(hanna), version(id));

        mvc.perform(by(hanna, put(api(id) + "/planning"))
                        .header("If-Match", etag(id))
                        .content(planning(find(id).window().latest(), "10:00", "11:00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.notOpen"));
        mvc.perform(by(piet, put(api(id) + "/minutes"))
                        .header("If-Match", etag(id))
                        .content("{\"minutes\": \"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("meeting.notOpen"));
    }

    @Test
    @DisplayName("A change without If-Match is 428, on an older version 412 with the current ETag; nothing is stored")
    void changesNameTheVersionTheyWereMadeOn() throws Exception {
        var id = plannedRoundTable();
        var agenda = "{\"items\": [\"Alleen dit\"]}";
        var current = etag(id);

        mvc.perform(by(hanna, put(api(id) + "/agenda")).content(agenda)).andExpect(status().isPreconditionRequired());
        mvc.perform(by(hanna, post(api(id) + "/cancellation"))).andExpect(status().isPreconditionRequired());
        mvc.perform(by(hanna, put(api(id) + "/agenda"))
                        .header("If-Match", "\"0\"")
                        .content(agenda))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", current))
                .andExpect(jsonPath("$.currentVersion").value(version(id)));
        mvc.perform(by(hanna, post(api(id) + "/cancellation")).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", current));

        assertThat(meetingsAgenda(id)).doesNotContain("Alleen dit");
        assertThat(find(id).status()).isEqualTo(RoundTableStatus.PLANNED);
        mvc.perform(by(hanna, put(api(id) + "/agenda"))
                        .header("If-Match", current)
                        .content(agenda))
                .andExpect(status().isNoContent());
        assertThat(meetingsAgenda(id)).containsExactly("Alleen dit");
    }

    @Test
    @DisplayName("M-4: an answer about an invitation that changed since is 409; given again it is kept")
    void anAnswerAboutAnOldInvitationIsAConflict() throws Exception {
        var id = plannedRoundTable();
        invite(id, piet);
        var old = find(id).sequence();
        var rt = find(id);
        roundTables.plan(
                household,
                id,
                viewer(hanna),
                rt.version(),
                new Schedule(rt.window().latest(), LocalTime.of(9, 0), LocalTime.of(10, 0), "Gemeentehuis", false),
                rt.chairId(),
                rt.minuteTakerId());

        mvc.perform(by(piet, post(api(id) + "/answers"))
                        .header("Accept-Language", "en")
                        .content("{\"sequence\": %d, \"answer\": \"ATTEND\"}".formatted(old)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The round table changed")));
        var sequence = (Integer) at(read(piet, id), "$.sequence");
        assertThat(sequence).isEqualTo(old + 1);
        mvc.perform(by(piet, post(api(id) + "/answers"))
                        .content("{\"sequence\": %d, \"answer\": \"ATTEND\"}".formatted(sequence)))
                .andExpect(status().isNoContent());
    }

    private String planning(LocalDate day, String start, String end) {
        return """
                {"date": "%s", "start": "%s", "end": "%s", "place": "Wijkcentrum De Brug", "chairId": "%s",
                 "minuteTakerId": "%s"}
                """.formatted(day, start, end, inTeam(hanna).id(), inTeam(piet).id());
    }

    private java.util.List<String> meetingsAgenda(UUID id) {
        return jdbc.sql("select text from round_table_agenda_item where round_table_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(household).query(Long.class).single();
    }
}
