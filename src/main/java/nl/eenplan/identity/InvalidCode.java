package nl.eenplan.identity;

/** A one-time code or recovery code that does not match. */
public class InvalidCode extends RuntimeException {

    public InvalidCode() {
        super("code does not match");
    }
}
