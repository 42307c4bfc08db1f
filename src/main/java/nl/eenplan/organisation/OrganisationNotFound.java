package nl.eenplan.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such organisation or account. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFound extends RuntimeException {

    public OrganisationNotFound() {
        super("No such organisation or account.");
    }
}
