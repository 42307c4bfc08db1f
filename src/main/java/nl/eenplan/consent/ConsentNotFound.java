package nl.eenplan.consent;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such household or consent, or not for this person: the two are never told apart. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ConsentNotFound extends RuntimeException {

    public ConsentNotFound() {
        super("not found");
    }
}
