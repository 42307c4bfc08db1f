package nl.eenplan.audit;

/**
 * Someone who appears in an access log, as the household knows him: his name in the team (or his
 * account's name), his organisation if he is a professional, and whether he is an administrator of
 * EenPlan. {@code name} is null for an account that no longer exists; {@link #EENPLAN} is EenPlan
 * itself acting on its own rules (no account).
 */
public record LogPerson(String name, String organisation, boolean administrator, boolean system) {

    static final LogPerson UNKNOWN = new LogPerson(null, null, false, false);
    static final LogPerson EENPLAN = new LogPerson(null, null, false, true);

    public LogPerson(String name, String organisation, boolean administrator) {
        this(name, organisation, administrator, false);
    }
}
