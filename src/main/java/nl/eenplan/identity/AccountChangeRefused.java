package nl.eenplan.identity;

/** A change to an account that the rules do not allow; carries the message key that says why. */
public class AccountChangeRefused extends RuntimeException {

    private final String messageKey;

    AccountChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
