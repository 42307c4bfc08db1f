package nl.eenplan.retention;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** the requests of a household this person neither belongs to nor coordinates: not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DestructionNotFound extends RuntimeException {

    public DestructionNotFound() {
        super("no such household for this person");
    }
}
