package nl.eenplan.caseload;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A household this person may not assign, or that does not exist: he is not told which. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

    public CaseNotFound() {
        super("no such case for this person");
    }
}
