package nl.eenplan.household;

/** A change to a member that the household register refuses; {@code reason} is a message key (H-1). */
public class MemberRefused extends RuntimeException {

    private final String reason;

    public MemberRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
