package nl.eenplan.participation;

/**
 * A change to a household's team (its registration, an invitation, parental authority) was refused;
 * {@code reason} is a message key (H-1, H-2, C-1).
 */
public class TeamRefused extends RuntimeException {

    private final String reason;

    public TeamRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
