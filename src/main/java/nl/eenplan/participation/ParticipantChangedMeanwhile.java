package nl.eenplan.participation;

/** Someone else changed this participant since the form was opened: nothing was changed. */
public class ParticipantChangedMeanwhile extends RuntimeException {

    public ParticipantChangedMeanwhile() {
        super("participant changed meanwhile");
    }
}
