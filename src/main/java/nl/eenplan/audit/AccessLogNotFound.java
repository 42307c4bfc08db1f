package nl.eenplan.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such household, or this person may not see its log: the two are never told apart. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccessLogNotFound extends RuntimeException {

    public AccessLogNotFound() {
        super("access log not found");
    }
}
