package nl.eenplan.participation;

public enum ParticipantKind {
    HOUSEHOLD_MEMBER,
    NETWORK,
    PROFESSIONAL
}
