package nl.eenplan.identity;

/** A chosen password breaks the password policy; carries the message key that explains why. */
public class InvalidPassword extends RuntimeException {

    private final String messageKey;

    InvalidPassword(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
