package nl.eenplan.consent;

/** Someone else changed the consent after this person opened it: nothing was stored. */
public class ConsentChangedMeanwhile extends RuntimeException {

    public ConsentChangedMeanwhile() {
        super("consent changed meanwhile");
    }
}
