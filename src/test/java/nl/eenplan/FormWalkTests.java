package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.identity.AccountPrincipal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form of EenPlan, found from the request mappings, is sent hostile values field by field, as
 * the coordinator of a household (the administrator on administration pages) who may use it: never a
 * 5xx, nothing stored when the answer is an error, a form shown again with a field error answers 422
 * (never 200), and the error page in Dutch. A new form is walked
 * without changing this test.
 */
@DisplayName("Every form refuses bad input in Dutch without a 5xx; refused input stores nothing")
class FormWalkTests extends MatrixTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WalkWorld walkWorld;

    private int lastStatus;

    /** A form as a page offers it: where it posts, its fields with their values, and the page it is on. */
    record Form(String action, Map<String, String> fields, String page) {}

    @Test
    void everyFormRefusesHostileValuesWithoutA5xxOrAnythingStored() throws Exception {
        var world = walkWorld.world();
        var forms = harvest(world);
        var findings = new ArrayList<String>();
        var sent = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var handler = entry.getValue();
            var method = method(info);
            if (method == null || method == HttpMethod.GET || isApi(info)) {
                continue;
            }
            for (var route : info.getPatternValues()) {
                var pattern = InputWalk.asPattern(route);
                var form = forms.values().stream()
                        .filter(f -> pattern.matcher(f.action()).matches())
                        .findFirst()
                        .orElse(null);
                var path = form != null ? form.action() : world.path(route);
                var fields = new LinkedHashMap<>(InputWalk.fieldsOf(handler));
                if (form != null) {
                    fields.putAll(form.fields());
                }
                var who = world.whoFor(route);
                for (var field : List.copyOf(fields.keySet())) {
                    if (field.matches(".*\\[[1-9]\\d*].*")) {
                        continue; // the other rows of a list are read as the first is
                    }
                    var values = new ArrayList<>(InputWalk.FORM_VALUES);
                    for (var hostile : values) {
                        var sending = new LinkedHashMap<>(fields);
                        sending.put(field, hostile.value());
                        var answer = send(method, path, sending, who, field + "=" + hostile.name());
                        findings.addAll(answer);
                        // Refused: 400 or 422 from EenPlan, or 401/403/404 when the request is stopped before its
                        // form is read.
                        if (hostile.refuse() && (lastStatus < 400 || lastStatus >= 500)) {
                            findings.add(method + " " + path + " " + field + "=" + hostile.name() + ": " + lastStatus
                                    + " instead of a refusal");
                        }
                        sent++;
                        if (form != null && walkWorld.changed()) {
                            form = refresh(form, who);
                            fields.putAll(form.fields());
                            path = form.action();
                        }
                    }
                    var without = new LinkedHashMap<>(fields);
                    without.remove(field);
                    findings.addAll(send(method, path, without, who, "without " + field));
                    sent++;
                    for (var altered : InputWalk.alteredIndexes(field)) {
                        var sending = new LinkedHashMap<>(fields);
                        sending.put(altered, "Tekst");
                        findings.addAll(send(method, path, sending, who, altered));
                        sent++;
                    }
                }
                var extra = new LinkedHashMap<>(fields);
                extra.put("unexpected", "a\u0000b");
                findings.addAll(send(method, path, extra, who, "extra field"));
                sent++;
            }
        }
        System.out.println("Form walk: " + sent + " requests, " + findings.size() + " findings");
        assertThat(findings).as("findings of " + sent + " requests").isEmpty();
    }

    private List<String> send(
            HttpMethod method, String path, Map<String, String> fields, AccountPrincipal who, String what)
            throws Exception {
        var before = walkWorld.rowCounts();
        var request = request(method, path).with(csrf()).with(as(who));
        fields.forEach(request::param);
        int status;
        String body;
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            status = response.getStatus();
            body = response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            lastStatus = 500;
            return List.of(method + " " + path + " " + what + ": exception " + rootCause(e));
        }
        lastStatus = status;
        var findings = new ArrayList<String>();
        if (status >= 500) {
            findings.add(method + " " + path + " " + what + ": " + status);
        } else if (status >= 400) {
            var after = walkWorld.rowCounts();
            if (!after.equals(before)) {
                findings.add(method + " " + path + " " + what + ": " + status + " but stored "
                        + WalkWorld.difference(before, after));
            }
            if (body.contains("<html") && !body.contains("lang=\"nl\"")) {
                findings.add(method + " " + path + " " + what + ": error page not in Dutch");
            }
        } else {
            if (status < 300 && showsFieldError(body)) {
                findings.add(method + " " + path + " " + what + ": " + status + " with a field error instead of 422");
            }
            walkWorld.markChanged();
            if (what.endsWith("=1 MB") && walkWorld.newMegabytes() > 0) {
                findings.add(method + " " + path + " " + what + ": " + status + " and stored 1 MB");
            }
        }
        return findings;
    }

    /** A message next to a field, or a field marked invalid, as the pages show refused input. */
    private static boolean showsFieldError(String body) {
        return body.contains("<html")
                && !Jsoup.parse(body).select("p.ep-error, [aria-invalid=true]").isEmpty();
    }

    private static String rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        var message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + " " + message.substring(0, Math.min(120, message.length()));
    }

    private static HttpMethod method(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty()
                ? null
                : HttpMethod.valueOf(methods.iterator().next().name());
    }

    private static boolean isApi(RequestMappingInfo info) {
        return info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
    }

    /** Every form on every page the world's people can open, by the path it posts to. */
    private Map<String, Form> harvest(WalkWorld.Prepared world) throws Exception {
        var forms = new LinkedHashMap<String, Form>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            if (method(info) != HttpMethod.GET || isApi(info)) {
                continue;
            }
            for (var route : info.getPatternValues()) {
                if (route.contains(".") || route.contains("/error") || route.contains("/invitation/")) {
                    continue;
                }
                var page = world.path(route);
                for (var form : formsOn(page, world.whoFor(route))) {
                    forms.putIfAbsent(form.action(), form);
                }
            }
        }
        return forms;
    }

    private Form refresh(Form form, AccountPrincipal who) throws Exception {
        return formsOn(form.page(), who).stream()
                .filter(f -> f.action().equals(form.action()))
                .findFirst()
                .orElse(form);
    }

    private List<Form> formsOn(String page, AccountPrincipal who) throws Exception {
        var response = mvc.perform(get(page).with(as(who))).andReturn().getResponse();
        var found = new ArrayList<Form>();
        if (response.getStatus() != 200
                || !String.valueOf(response.getContentType()).startsWith("text/html")) {
            return found;
        }
        var html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        for (var form : html.select("form[method=post]")) {
            var action = form.attr("action").replaceFirst("\\?.*", "");
            if (action.isBlank() || action.equals("/logout")) {
                continue;
            }
            var fields = new LinkedHashMap<String, String>();
            for (var input : form.select("input[name], textarea[name], select[name]")) {
                var name = input.attr("name");
                if (name.equals("_csrf")) {
                    continue;
                }
                switch (input.tagName()) {
                    case "textarea" -> fields.putIfAbsent(name, input.text().isBlank() ? "Tekst" : input.text());
                    case "select" -> {
                        var option = input.selectFirst("option[selected]");
                        option = option != null ? option : input.selectFirst("option:not([value=''])");
                        if (option != null) {
                            fields.putIfAbsent(name, option.attr("value"));
                        }
                    }
                    default -> {
                        var type = input.attr("type");
                        if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                            if (type.equals("radio")) {
                                fields.putIfAbsent(name, input.attr("value"));
                            }
                            continue;
                        }
                        var value = input.attr("value");
                        fields.put(name, value.isEmpty() && !type.equals("hidden") ? fill(name, type) : value);
                    }
                }
            }
            found.add(new Form(action, fields, page));
        }
        return found;
    }

    private static String fill(String name, String type) {
        return switch (type) {
            case "date" -> java.time.LocalDate.now().plusDays(21).toString();
            case "time" -> "10:00";
            case "email" -> "iemand@example.org";
            case "number" -> "1";
            case "password" -> "een lange zin als wachtwoord";
            default -> "Tekst";
        };
    }
}
