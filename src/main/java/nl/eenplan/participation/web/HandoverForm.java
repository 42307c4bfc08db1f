package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** to whom coordination goes, and what was arranged. */
record HandoverForm(
        @NotNull(message = "{coordination.stale}") Integer version,

        @NotNull(message = "{coordination.handover.successorRequired}")
        UUID successorId,

        @Size(max = 2000, message = "{coordination.handover.noteTooLong}")
        String note) {

    static HandoverForm of(int version) {
        return new HandoverForm(version, null, "");
    }

    String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
