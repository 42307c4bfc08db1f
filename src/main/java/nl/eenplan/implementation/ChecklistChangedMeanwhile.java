package nl.eenplan.implementation;

/** Someone else changed it first, after the version this person saw: nothing was stored. */
public class ChecklistChangedMeanwhile extends RuntimeException {

    private final int currentVersion;

    public ChecklistChangedMeanwhile(int currentVersion) {
        super("changed meanwhile; now version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
