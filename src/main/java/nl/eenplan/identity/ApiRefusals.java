package nl.eenplan.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * Writes the API's refusal of a request that has no valid token (401) or lacks its scope (403) as a
 * problem detail in the asker's language. The page layer, above identity, knows the language and the
 * wording; the API's security chain only decides.
 */
public interface ApiRefusals {

    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException;
}
