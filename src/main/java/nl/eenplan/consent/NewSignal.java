package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.UUID;

/** A step on concerns about a member to record (C-6): what, on which day, with a note (required for another step). */
public record NewSignal(UUID subjectId, SignalKind kind, LocalDate on, String note) {

    public NewSignal {
        if (subjectId == null) {
            throw new ConsentRefused("subjectId", "consent.subject.required");
        }
        if (kind == null) {
            throw new ConsentRefused("kind", "consent.signal.kind.required");
        }
        if (on == null) {
            throw new ConsentRefused("on", "consent.signal.on.required");
        }
        if (kind == SignalKind.OTHER_STEP && (note == null || note.isBlank())) {
            throw new ConsentRefused("note", "consent.signal.note.required");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
