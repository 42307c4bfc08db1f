package nl.eenplan.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A visitor's real session (kept in PostgreSQL), carried by its cookie from one request to the next. */
final class SessionCookie implements RequestPostProcessor {

    private Cookie cookie;

    static SessionCookie logIn(MockMvc mvc, String email, String password, String expectedTarget) throws Exception {
        var result = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl(expectedTarget))
                .andReturn();
        return new SessionCookie().update(result);
    }

    SessionCookie update(MvcResult result) {
        var fresh = result.getResponse().getCookie("JSESSIONID");
        if (fresh != null) {
            cookie = fresh;
        }
        return this;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        request.setCookies(cookie);
        return request;
    }
}
