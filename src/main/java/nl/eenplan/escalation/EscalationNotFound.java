package nl.eenplan.escalation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such escalation, or not for this person: the two are never told apart. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EscalationNotFound extends RuntimeException {

    public EscalationNotFound() {
        super("escalation not found");
    }
}
