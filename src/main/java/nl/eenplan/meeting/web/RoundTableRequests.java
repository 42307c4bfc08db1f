package nl.eenplan.meeting.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.meeting.Answer;
import nl.eenplan.meeting.DecisionKind;
import nl.eenplan.meeting.NewDecision;
import nl.eenplan.meeting.Reply;
import nl.eenplan.meeting.Schedule;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;

/**
 * The bodies the round-table API reads. A missing or unreadable value is refused with 400 before
 * anything happens; the rules of the method (M-1..M-4) are the use cases' own, refused with 422.
 */
final class RoundTableRequests {

    private RoundTableRequests() {}

    /** M-2, M-3: taking the initiative; the window counts from this day (today when left out). */
    record InitiativeRequest(LocalDate initiatedOn) {}

    /** M-3, M-4: when and where, the chair and the minute taker; a day outside the window is kept. */
    record PlanningRequest(
            @NotNull(message = "{meeting.schedule.dateRequired}")
            LocalDate date,

            @NotNull(message = "{meeting.schedule.startRequired}")
            LocalTime start,

            @NotNull(message = "{meeting.schedule.endRequired}")
            LocalTime end,

            @Size(max = FieldRules.NAME, message = "{meeting.schedule.placeTooLong}")
            String place,

            Boolean remote,
            UUID chairId,
            UUID minuteTakerId) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(place, false);
        }

        Schedule toSchedule() {
            return new Schedule(date, start, end, place, Boolean.TRUE.equals(remote));
        }
    }

    /** M-4: the whole agenda as the chair keeps it, in order; empty items are left out. */
    record AgendaRequest(
            @NotNull(message = "{meeting.api.agendaRequired}")
            @Size(max = FieldRules.ROWS, message = "{meeting.api.agendaTooLong}")
            List<
                            @NotNull(message = "{meeting.api.agendaRequired}")
                            @Size(max = FieldRules.TEXT, message = "{meeting.api.agendaTooLong}") String>
                    items) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return items == null || items.stream().allMatch(item -> FieldRules.isText(item, false));
        }
    }

    /** M-1: whom to invite: the household and all or some of the team. */
    record InvitationRequest(
            @Size(max = FieldRules.ROWS, message = "{meeting.invite.nobody}")
            List<@NotNull(message = "{meeting.invite.nobody}") UUID> participantIds) {

        Set<UUID> chosen() {
            return participantIds == null ? Set.of() : Set.copyOf(participantIds);
        }
    }

    /** M-4: the invitee's own answer, about the invitation with this sequence number. */
    record AnswerRequest(
            @NotNull(message = "{meeting.api.sequenceRequired}")
            @PositiveOrZero(message = "{meeting.api.sequenceRequired}")
            Integer sequence,

            @NotNull(message = "{meeting.answer.required}") Answer answer,

            @Size(max = FieldRules.NAME, message = "{meeting.api.replacementNameTooLong}")
            String replacementName,

            @Size(max = FieldRules.EMAIL, message = "{meeting.answer.replacementEmailInvalid}")
            String replacementEmail) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(replacementName, false) && FieldRules.isText(replacementEmail, false);
        }

        Reply toReply() {
            return new Reply(answer, replacementName, replacementEmail);
        }
    }

    /** M-4: who was there and the minutes; {@code heldOn} marks the round table held on that day. */
    record MinutesRequest(
            @Size(max = FieldRules.LONG_TEXT, message = "{meeting.api.minutesTooLong}")
            String minutes,

            @Size(max = FieldRules.ROWS, message = "{meeting.minutes.presentNotInTeam}")
            List<@NotNull(message = "{meeting.minutes.presentNotInTeam}") UUID> present,

            LocalDate heldOn) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(minutes, true);
        }

        Set<UUID> presentIds() {
            return present == null ? Set.of() : Set.copyOf(present);
        }
    }

    /**
     * M-4: a decision and what it becomes: a goal, an action on an open goal ({@code goalId}) or on a
     * new one ({@code newGoalTitle}), or an agreement.
     */
    record DecisionRequest(
            @NotNull(message = "{meeting.decision.kindRequired}")
            DecisionKind kind,

            @NotBlank(message = "{meeting.decision.textRequired}")
            @Size(max = FieldRules.TEXT, message = "{meeting.api.decisionTooLong}")
            String text,

            UUID goalId,

            @Size(max = FieldRules.TITLE, message = "{meeting.api.decisionTooLong}")
            String newGoalTitle,

            @Size(max = FieldRules.ROWS, message = "{plan.action.whoRequired}")
            List<@NotNull(message = "{plan.action.whoRequired}") UUID> participantIds,

            LocalDate startDate,
            LocalDate targetDate,
            LocalDate evaluationDate) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(text, true) && FieldRules.isText(newGoalTitle, false);
        }

        NewDecision toDecision() {
            var who = participantIds == null ? Set.<UUID>of() : Set.copyOf(participantIds);
            return new NewDecision(kind, text, goalId, newGoalTitle, who, startDate, targetDate, evaluationDate);
        }
    }

    /** M-2: the coordinator decided at the first round table, on the version of the coordination. */
    record CoordinatorRequest(
            @NotNull(message = "{meeting.coordinator.required}")
            UUID coordinatorId,

            @NotNull(message = "{meeting.coordinator.required}")
            CoordinationForm form,

            @NotNull(message = "{meeting.coordinator.required}")
            ChosenBy chosenBy,

            @NotNull(message = "{meeting.api.coordinationVersionRequired}")
            @PositiveOrZero(message = "{meeting.api.coordinationVersionRequired}")
            Integer coordinationVersion) {

        int version() {
            return Objects.requireNonNull(coordinationVersion);
        }
    }
}
