package nl.eenplan.meeting;

import java.util.Optional;

/**
 * Someone else saved the round table after this person opened it: nothing was stored. When it is
 * known, {@link #currentVersion()} is the version the round table has now, to read it again.
 */
public class RoundTableChangedMeanwhile extends RuntimeException {

    private final Integer currentVersion;

    public RoundTableChangedMeanwhile() {
        this(null);
    }

    RoundTableChangedMeanwhile(Integer currentVersion) {
        super("round table changed meanwhile");
        this.currentVersion = currentVersion;
    }

    public Optional<Integer> currentVersion() {
        return Optional.ofNullable(currentVersion);
    }
}
