package nl.eenplan.escalation;

/**
 * Someone else changed the escalation after this person opened it: nothing was stored. It names the
 * version that is current now, so that the answer can say which one to read.
 */
public class EscalationChangedMeanwhile extends RuntimeException {

    private final int currentVersion;

    public EscalationChangedMeanwhile(int currentVersion) {
        super("escalation changed meanwhile");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
