package nl.eenplan.identity;

/** The invitation link is unknown, used or expired. */
public class InvitationInvalid extends RuntimeException {

    public InvitationInvalid() {
        super("invitation unknown, used or expired");
    }
}
