package nl.eenplan.monitoring;

/** MON-1: someone saved the findings after the version this person saw; nothing was stored. */
public class EvaluationChangedMeanwhile extends RuntimeException {

    private final int currentVersion;

    public EvaluationChangedMeanwhile(int currentVersion) {
        super("monitoring.evaluation.changedMeanwhile");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
