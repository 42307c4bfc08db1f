package nl.eenplan.identity;

/** The current password, asked before a change, is not right. */
public class WrongPassword extends RuntimeException {

    WrongPassword() {
        super("password.current.wrong");
    }
}
