package nl.eenplan.identity;

/** Another account already uses this e-mail address. */
public class EmailAddressTaken extends RuntimeException {

    public EmailAddressTaken() {
        super("e-mail address already in use");
    }
}
