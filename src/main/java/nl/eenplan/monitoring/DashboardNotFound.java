package nl.eenplan.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A dashboard that does not exist or that this person may not see (both answered alike, 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DashboardNotFound extends RuntimeException {

    public DashboardNotFound() {
        super("monitoring.notFound");
    }
}
