package nl.eenplan.participation;

/** Someone else changed the coordination since the form was opened. */
public class StaleCoordination extends RuntimeException {

    public StaleCoordination() {
        super("coordination changed meanwhile");
    }
}
