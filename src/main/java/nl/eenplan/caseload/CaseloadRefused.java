package nl.eenplan.caseload;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** "Mijn gezinnen" is for staff; households and network members find their own plan on the start page. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class CaseloadRefused extends RuntimeException {

    public CaseloadRefused() {
        super("caseload is for staff only");
    }
}
