package nl.eenplan.meeting;

/** M-4: an invitee comes, does not come, or sends someone in their place. */
public enum Answer {
    ATTEND,
    DECLINE,
    REPLACEMENT
}
