package nl.eenplan.audit;

/**
 * Someone who appears in an access log, as the household knows him: his name in the team (or his
 * account's name), his organisation if he is a professional, and whether he is an administrator of
 * EenPlan. {@code name} is null for an account that no longer exists.
 */
public record LogPerson(String name, String organisation, boolean administrator) {

    static final LogPerson UNKNOWN = new LogPerson(null, null, false);
}
