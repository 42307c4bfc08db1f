package nl.eenplan.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan, or not for this person: the two are never told apart (no hint that it exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFound extends RuntimeException {

    public PlanNotFound() {
        super("plan not found");
    }
}
