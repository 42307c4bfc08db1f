package nl.eenplan.participation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * someone leaves the team on {@code endedOn}; a coordinator names his {@code successor} and what was
 * arranged with the household ({@code handoverNote}). The versions are those the form showed.
 */
public record Departure(LocalDate endedOn, UUID successor, String handoverNote, int version, int coordinationVersion) {

    public Departure {
        if (endedOn == null) {
            throw new IllegalArgumentException("leaving needs an end date");
        }
        handoverNote = handoverNote == null || handoverNote.isBlank() ? null : handoverNote.strip();
    }
}
