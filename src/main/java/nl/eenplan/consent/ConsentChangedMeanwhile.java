package nl.eenplan.consent;

/**
 * Someone else changed the consent after this person opened it: nothing was stored. {@link
 * #currentVersion()} is the version now, or -1 when it is not known.
 */
public class ConsentChangedMeanwhile extends RuntimeException {

    private final int currentVersion;

    public ConsentChangedMeanwhile() {
        this(-1);
    }

    public ConsentChangedMeanwhile(int currentVersion) {
        super("consent changed meanwhile");
        this.currentVersion = currentVersion;
    }

    /** The version of the consent now; -1 when it is not known. */
    public int currentVersion() {
        return currentVersion;
    }
}
