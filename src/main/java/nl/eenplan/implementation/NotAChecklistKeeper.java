package nl.eenplan.implementation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * This person may read the frameworks or checklists, but not change them (IMP-1, IMP-3); {@code reason}
 * is the message key that says who may.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAChecklistKeeper extends RuntimeException {

    private final String reason;

    public NotAChecklistKeeper(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
