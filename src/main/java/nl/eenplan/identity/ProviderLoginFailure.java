package nl.eenplan.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A login through the provider that did not succeed: a refusal by EenPlan, the person stopping at
 * the provider, or the provider not answering. Each leads to a page that says so in words.
 */
class ProviderLoginFailure implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderLoginFailure.class);

    /** The page that explains; {@code reason} is one of its fixed words. */
    static final String PAGE = "/login/provider";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.sendRedirect(request.getContextPath() + PAGE + "?reason=" + reason(exception));
    }

    static String reason(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            var error = oauth.getError();
            if (ProviderUserService.REFUSED.equals(error.getErrorCode())) {
                return error.getDescription().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            if ("access_denied".equals(error.getErrorCode())) {
                return "cancelled";
            }
        }
        // The provider could not be reached, or answered something unusable: said once, in the log.
        LOG.warn("Login through the identity provider failed: {}", exception.getMessage());
        return "unavailable";
    }
}
