package nl.eenplan.caseload;

/** The assignment cannot be made as asked; {@code messageKey} says why, in the page's words. */
public class AssignmentRefused extends RuntimeException {

    private final String messageKey;

    public AssignmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
