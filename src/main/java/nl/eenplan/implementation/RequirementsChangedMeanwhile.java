package nl.eenplan.implementation;

/** Someone else recorded the provider's commitments since the version that was shown. */
public class RequirementsChangedMeanwhile extends RuntimeException {

    private final int current;

    public RequirementsChangedMeanwhile(int current) {
        super("changed meanwhile");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
