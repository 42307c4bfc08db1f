package nl.eenplan.implementation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such provider or municipality, or not one this person may see (never a hint that it exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequirementsNotFound extends RuntimeException {

    public RequirementsNotFound() {
        super("not found");
    }
}
