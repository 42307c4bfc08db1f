package nl.eenplan.consent;

/** C-6: the steps taken on concerns about a member; labels {@code consent.signal.kind.<NAME>}. */
public enum SignalKind {
    /** Registered in the referral index (Verwijsindex), for members under 23. */
    REFERRAL_INDEX,
    /** Reporting code: Veilig Thuis consulted for advice. */
    VEILIG_THUIS_CONSULTED,
    /** Reporting code: reported to Veilig Thuis. */
    VEILIG_THUIS_REPORTED,
    /** Another step of the reporting code, described in the note. */
    OTHER_STEP
}
