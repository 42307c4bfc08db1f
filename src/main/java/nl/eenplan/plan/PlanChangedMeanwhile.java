package nl.eenplan.plan;

/** Someone else saved the plan after this person opened it: nothing was stored. */
public class PlanChangedMeanwhile extends RuntimeException {

    private final int currentVersion;

    public PlanChangedMeanwhile(int currentVersion) {
        super("plan changed meanwhile");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
