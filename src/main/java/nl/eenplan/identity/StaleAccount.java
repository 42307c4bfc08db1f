package nl.eenplan.identity;

/** Someone else changed the account since it was read. */
public class StaleAccount extends RuntimeException {

    StaleAccount() {
        super("Someone else changed the account since it was read.");
    }
}
