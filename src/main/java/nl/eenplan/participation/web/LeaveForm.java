package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.participation.Departure;
import org.springframework.validation.Errors;

/**
 * someone leaves the team on an end date; a coordinator names who takes over and what was arranged.
 * The versions are those of the participant and of coordination the form showed.
 */
record LeaveForm(
        @NotNull(message = "{team.stale}") Integer version,
        @NotNull(message = "{team.stale}") Integer coordinationVersion,
        String endedOn,
        UUID successorId,

        @Size(max = 2000, message = "{coordination.handover.noteTooLong}")
        String note) {

    static LeaveForm of(int version, int coordinationVersion, LocalDate today) {
        return new LeaveForm(version, coordinationVersion, today.toString(), null, "");
    }

    void check(Errors errors, boolean coordinator) {
        if (MemberRow.blank(endedOn)) {
            errors.rejectValue("endedOn", "team.leave.endDateRequired");
        } else if (MemberRow.date(endedOn).isEmpty()) {
            errors.rejectValue("endedOn", "household.member.dateInvalid");
        }
        if (coordinator && successorId == null) {
            errors.rejectValue("successorId", "team.leave.handoverFirst");
        }
    }

    Departure toDeparture() {
        return new Departure(MemberRow.date(endedOn).orElseThrow(), successorId, note, version, coordinationVersion);
    }
}
