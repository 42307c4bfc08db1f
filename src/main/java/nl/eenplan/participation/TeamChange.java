package nl.eenplan.participation;

/** What happened to a participant, as the team's history tells it (H-2, H-3, R-7). */
public enum TeamChange {
    ADDED,
    EDITED,
    MADE_ACTIVE,
    MADE_COPY_ONLY,
    LEFT
}
