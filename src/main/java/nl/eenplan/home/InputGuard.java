package nl.eenplan.home;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Before any form or address parameter is read: a name or value no person can type (control
 * characters, halves of characters, more than {@link FieldRules#ANY_FIELD} characters, a list index
 * no form has) is refused with 400 ({@link UnacceptableInput}), so it never reaches a page or the
 * database.
 */
@ControllerAdvice
class InputGuard {

    private static final String CHECKED = InputGuard.class.getName() + ".checked";

    /** An index in a parameter name, as in {@code members[3].givenName}. */
    private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

    @InitBinder
    void guard(WebDataBinder binder, NativeWebRequest request) {
        var servlet = request.getNativeRequest(HttpServletRequest.class);
        if (servlet != null && servlet.getAttribute(CHECKED) == null) {
            servlet.setAttribute(CHECKED, Boolean.TRUE);
            check(servlet);
        }
    }

    private static void check(HttpServletRequest request) {
        for (var entry : request.getParameterMap().entrySet()) {
            var name = entry.getKey();
            if (name.length() > FieldRules.NAME || !FieldRules.isText(name, false) || !indexesFit(name)) {
                throw new UnacceptableInput(name);
            }
            for (var value : entry.getValue()) {
                if (value != null && (value.length() > FieldRules.ANY_FIELD || !FieldRules.isTypeable(value))) {
                    throw new UnacceptableInput(name);
                }
            }
        }
    }

    private static boolean indexesFit(String name) {
        var matcher = INDEX.matcher(name);
        while (matcher.find()) {
            var index = matcher.group(1);
            if (!index.matches("\\d{1,3}") || Integer.parseInt(index) >= FieldRules.ROWS) {
                return false;
            }
        }
        return true;
    }
}
