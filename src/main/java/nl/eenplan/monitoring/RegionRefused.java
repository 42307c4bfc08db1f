package nl.eenplan.monitoring;

/** A change of a region the rules refuse; {@code reason} is the message key that says why. */
public class RegionRefused extends RuntimeException {

    private final String reason;

    RegionRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
