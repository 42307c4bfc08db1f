package nl.eenplan.identity;

/** What an account is for; staff and administrators must use a second factor. */
public enum AccountKind {
    ADMINISTRATOR,
    STAFF,
    CITIZEN;

    public boolean requiresSecondFactor() {
        return this != CITIZEN;
    }
}
