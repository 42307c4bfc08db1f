package nl.eenplan.implementation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What was asked for does not exist, or this person may not see it (both answered alike, X-1). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FrameworkNotFound extends RuntimeException {

    public FrameworkNotFound() {
        super("not found");
    }
}
