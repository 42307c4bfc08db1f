package nl.eenplan.meeting;

/** Someone else saved the round table after this person opened it: nothing was stored. */
public class RoundTableChangedMeanwhile extends RuntimeException {

    public RoundTableChangedMeanwhile() {
        super("round table changed meanwhile");
    }
}
