package nl.eenplan.participation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such household, or not for this person: the two are never told apart (no hint that it exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TeamNotFound extends RuntimeException {

    public TeamNotFound() {
        super("team not found");
    }
}
