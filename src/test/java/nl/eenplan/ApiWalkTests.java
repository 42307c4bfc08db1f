package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the JSON API, found from the request mappings, is sent hostile JSON member by
 * member with a read-write token of the coordinator: never a 5xx, nothing stored when refused, strict
 * JSON (no unknown members, coerced types, duplicate keys or weak ETags), and every error an RFC 9457
 * problem with a Dutch title and detail (English with Accept-Language: en).
 */
@DisplayName("Every API route refuses bad input with a translated problem and stores nothing, never 5xx")
class ApiWalkTests extends MatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WalkWorld walkWorld;

    @Autowired
    MessageSource messages;

    /** A JSON value to put in a member; which member types must refuse it. */
    record Value(String name, String json, String refusedBy) {}

    private static final String MEGABYTE = "\"" + InputWalk.MEGABYTE + "\"";

    // Refused by: S text, D date, B birth date, U id, L yes/no, E choice, C list; all refuse the
    // letters of the first group and html is text.
    static final List<Value> VALUES = List.of(
            new Value("NUL", "\"a\\u0000b\"", "SDBULEC"),
            new Value("control", "\"a\\u0007b\"", "SDBULEC"),
            new Value("1 MB", MEGABYTE, "SDBULEC"),
            new Value("html", "\"<script>alert(1)</script>\"", "DBULEC"),
            new Value("number", "123", "SDBULEC"),
            new Value("boolean", "true", "SDBUEC"),
            new Value("10^30", "1e30", "SDBULEC"),
            new Value("negative", "-1", "SDBULEC"),
            new Value("date as number", "20000", "SDBULEC"),
            new Value("31 February", "\"2026-02-31\"", "DBULEC"),
            new Value("year 0", "\"0000-01-01\"", "DBULEC"),
            new Value("year 99999", "\"99999-01-01\"", "DBULEC"),
            new Value("year 1800", "\"1800-01-01\"", "DBULEC"),
            new Value("year 2030", "\"2030-01-01\"", "BULEC"),
            new Value("letters", "\"abc\"", "DBULEC"),
            new Value("object", "{}", "SDBULEC"),
            new Value("array", "[]", "SDBULE"),
            new Value("ordinal", "0", "SDBULEC"),
            new Value("null", "null", ""));

    @Test
    void everyApiRouteRefusesHostileJsonWithATranslatedProblem() throws Exception {
        var world = walkWorld.world();
        var findings = new ArrayList<String>();
        var sent = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var handler = entry.getValue();
            var method = method(info);
            var route = info.getPatternValues().iterator().next();
            if (method == null || !route.startsWith("/api/v1/")) {
                continue;
            }
            var path = world.path(route);
            for (var altered : alteredPaths(route, handler, world)) {
                findings.addAll(send(method, altered, baselineBody(handler, world), "\"1\"", null, "path " + altered));
                sent++;
            }
            var body = bodyType(handler);
            if (body == null) {
                continue;
            }
            var baseline = baselineBody(handler, world);
            for (var member : members(body)) {
                for (var value : VALUES) {
                    var json = replace(baseline, member.path(), value.json());
                    var refuse = value.refusedBy().indexOf(member.kind()) >= 0;
                    findings.addAll(send(
                            method, path, json, etag(world), refuse ? "refuse" : null, member + "=" + value.name()));
                    sent++;
                }
            }
            var unknown = baseline.substring(0, baseline.length() - 1) + ",\"unexpected\":\"x\"}";
            var first = baseline.substring(1, baseline.indexOf(':'));
            var duplicate = "{" + first + ":\"a\"," + baseline.substring(1);
            for (var bodyCase : Map.of(
                            "unknown member", unknown,
                            "duplicate key", duplicate,
                            "array", "[]",
                            "empty", "",
                            "not JSON", "{\"a\":")
                    .entrySet()) {
                for (var language : List.of("nl", "en")) {
                    findings.addAll(send(
                            method, path, bodyCase.getValue(), etag(world), "refuse", bodyCase.getKey(), language));
                    sent++;
                }
            }
            findings.addAll(sendBytes(method, path, world, "invalid UTF-8"));
            sent++;
            for (var contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                var response = mvc.perform(request(method, path)
                                .header("Authorization", "Bearer " + world.token())
                                .header("If-Match", etag(world))
                                .contentType(contentType)
                                .content(baseline))
                        .andReturn()
                        .getResponse();
                sent++;
                findings.addAll(problem(
                        method + " " + path + " as " + contentType,
                        response.getStatus(),
                        response.getContentAsString(),
                        "nl"));
                if (response.getStatus() != 415 && !contentType.endsWith("urlencoded")) {
                    findings.add(method + " " + path + " as " + contentType + ": " + response.getStatus());
                }
            }
            for (var ifMatch : readsIfMatch(handler)
                    ? new String[] {null, "W/\"" + version(world) + "\"", "abc", "\"99999999999\""}
                    : new String[0]) {
                findings.addAll(send(method, path, baseline, ifMatch, "refuse", "If-Match " + ifMatch));
                sent++;
            }
        }
        System.out.println("API walk: " + sent + " requests, " + findings.size() + " findings");
        assertThat(findings).as("findings of " + sent + " requests").isEmpty();
    }

    private List<String> send(HttpMethod method, String path, String body, String ifMatch, String expect, String what)
            throws Exception {
        return send(method, path, body, ifMatch, expect, what, "nl");
    }

    private List<String> send(
            HttpMethod method, String path, String body, String ifMatch, String expect, String what, String language)
            throws Exception {
        var world = walkWorld.world();
        var before = walkWorld.rowCounts();
        var request = request(method, path)
                .header("Authorization", "Bearer " + world.token())
                .header("Accept-Language", language)
                .contentType("application/json")
                .content(body == null ? "" : body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        var label = method + " " + path + " " + what + " (" + language + ")";
        int status;
        String answer;
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            status = response.getStatus();
            answer = response.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            return List.of(label + ": exception " + e.getClass().getSimpleName());
        }
        var findings = new ArrayList<String>();
        if (status >= 400) {
            var after = walkWorld.rowCounts();
            if (!after.equals(before)) {
                findings.add(label + ": " + status + " but stored " + WalkWorld.difference(before, after));
            }
            findings.addAll(problem(label, status, answer, language));
        } else if ("refuse".equals(expect) && method != HttpMethod.GET) {
            findings.add(label + ": accepted with " + status);
        }
        return findings;
    }

    /** An error is a problem detail whose title and detail are in the language asked for. */
    private List<String> problem(String label, int status, String answer, String language) {
        if (status < 400) {
            return List.of();
        }
        if (status >= 500) {
            return List.of(label + ": " + status);
        }
        try {
            var node = JSON.readTree(answer);
            var title = node.path("title").asString("");
            var detail = node.path("detail").asString("");
            var type = node.path("type").asString("");
            var expected = type.contains("consent-missing")
                    ? messages.getMessage("plan.api.consentMissing.title", null, Locale.forLanguageTag(language))
                    : messages.getMessage("problem.title." + status, null, "?", Locale.forLanguageTag(language));
            if (!title.equals(expected) || detail.isBlank()) {
                return List.of(label + ": " + status + " title '" + title + "' (expected '" + expected + "'), detail '"
                        + detail + "'");
            }
            return List.of();
        } catch (RuntimeException e) {
            return List.of(label + ": " + status + " not a problem detail: "
                    + answer.substring(0, Math.min(100, answer.length())));
        }
    }

    private List<String> sendBytes(HttpMethod method, String path, WalkWorld.Prepared world, String what)
            throws Exception {
        var before = walkWorld.rowCounts();
        var bytes = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        var response = mvc.perform(request(method, path)
                        .header("Authorization", "Bearer " + world.token())
                        .header("If-Match", etag(world))
                        .contentType("application/json")
                        .content(bytes))
                .andReturn()
                .getResponse();
        var findings = new ArrayList<String>(
                problem(method + " " + path + " " + what, response.getStatus(), response.getContentAsString(), "nl"));
        if (response.getStatus() < 400 && method != HttpMethod.GET) {
            findings.add(method + " " + path + " " + what + ": accepted");
        } else if (!walkWorld.rowCounts().equals(before)) {
            findings.add(method + " " + path + " " + what + ": stored");
        }
        return findings;
    }

    /** The plan's ETag now, so that a change would otherwise be taken. */
    private String etag(WalkWorld.Prepared world) {
        return "\"" + version(world) + "\"";
    }

    private int version(WalkWorld.Prepared world) {
        return jdbc.sql("select version from plan where household_id = ? order by created_at desc limit 1")
                .param(world.world().household())
                .query(Integer.class)
                .single();
    }

    /** The route with each path variable in turn made malformed. */
    private static List<String> alteredPaths(String route, HandlerMethod handler, WalkWorld.Prepared world) {
        var paths = new ArrayList<String>();
        for (var parameter : handler.getMethodParameters()) {
            if (!parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            var name = parameter.getParameter().getName();
            for (var bad : List.of("abc", "-1", "99999999999999999999", "00000000-0000-0000-0000-000000000000")) {
                paths.add(world.path(route.replace("{" + name + "}", bad)));
            }
        }
        return paths;
    }

    private static boolean readsIfMatch(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
            if (header != null && (header.name() + header.value()).equalsIgnoreCase("If-Match")) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** A member of a request body: its path (name, or list.0.name), and what kind of value it takes. */
    record Member(List<String> path, char kind) {
        @Override
        public String toString() {
            return String.join(".", path);
        }
    }

    private static List<Member> members(Class<?> type) {
        var found = new ArrayList<Member>();
        for (var component : type.getRecordComponents()) {
            var name = component.getName();
            var element = element(component);
            if (element != null && element.isRecord()) {
                found.add(new Member(List.of(name), 'C'));
                for (var inner : members(element)) {
                    var path = new ArrayList<>(List.of(name, "0"));
                    path.addAll(inner.path());
                    found.add(new Member(path, inner.kind()));
                }
            } else {
                found.add(new Member(List.of(name), kind(name, component.getType())));
            }
        }
        return found;
    }

    private static Class<?> element(java.lang.reflect.RecordComponent component) {
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static char kind(String name, Class<?> type) {
        if (type == LocalDate.class) {
            return name.toLowerCase(Locale.ROOT).contains("birth") ? 'B' : 'D';
        }
        if (type == UUID.class) {
            return 'U';
        }
        if (type == Boolean.class || type == boolean.class) {
            return 'L';
        }
        if (type.isEnum()) {
            return 'E';
        }
        if (Collection.class.isAssignableFrom(type)) {
            return 'C';
        }
        return 'S';
    }

    /** A body the route would take: every member a plausible value of its type. */
    private static String baselineBody(HandlerMethod handler, WalkWorld.Prepared world) {
        var type = bodyType(handler);
        return type == null ? "" : object(type, world);
    }

    private static String object(Class<?> type, WalkWorld.Prepared world) {
        var members = new LinkedHashMap<String, String>();
        for (var component : type.getRecordComponents()) {
            var name = component.getName();
            var element = element(component);
            String value;
            if (element != null && element.isRecord()) {
                value = "[" + object(element, world) + "]";
            } else if (element == UUID.class) {
                value = "[\"" + world.ids().get("participantId") + "\"]";
            } else {
                value = switch (kind(name, component.getType())) {
                    case 'B' -> name.toLowerCase(Locale.ROOT).contains("expected") ? "null" : "\"1990-05-04\"";
                    case 'D' -> "\"" + LocalDate.now().plusDays(21) + "\"";
                    case 'U' ->
                        "\"" + (name.startsWith("municipality") ? world.ids().get("municipalityId") : UUID.randomUUID())
                                + "\"";
                    case 'L' -> "false";
                    case 'E' -> "\"" + ((Enum<?>) component.getType().getEnumConstants()[0]).name() + "\"";
                    default -> "\"Tekst\"";
                };
            }
            members.put(name, value);
        }
        return members.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The body with the member at this path set to a raw JSON value. */
    private static String replace(String body, List<String> path, String json) {
        var tree = (tools.jackson.databind.node.ObjectNode) JSON.readTree(body);
        tools.jackson.databind.JsonNode parent = tree;
        for (var i = 0; i < path.size() - 1; i++) {
            parent = parent.get(path.get(i));
            if (parent == null) {
                return body;
            }
            if (parent.isArray()) {
                parent = parent.get(Integer.parseInt(path.get(++i)));
            }
        }
        var marker = "@@" + UUID.randomUUID() + "@@";
        ((tools.jackson.databind.node.ObjectNode) parent).put(path.getLast(), marker);
        return JSON.writeValueAsString(tree).replace("\"" + marker + "\"", json);
    }

    private static HttpMethod method(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty()
                ? null
                : HttpMethod.valueOf(methods.iterator().next().name());
    }
}
