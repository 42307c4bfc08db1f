package nl.eenplan;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What the input walk knows of a route without being told: the fields a handler reads (its request
 * parameters and the components of the records it binds), and the hostile values it tries on them.
 */
final class InputWalk {

    private InputWalk() {}

    /** A value that must never be stored, or may be ({@code refuse} false: HTML is text like any other). */
    record Hostile(String name, String value, boolean refuse) {}

    static final String MEGABYTE = "x".repeat(1_000_000);

    /** The values every form field is given in turn. */
    static final List<Hostile> FORM_VALUES = List.of(
            new Hostile("NUL", "a\u0000b", true),
            new Hostile("control", "a\u0007\u001bb", true),
            new Hostile("lone surrogate", "a\uD800b", true),
            new Hostile("1 MB", MEGABYTE, true),
            new Hostile("html", "<script>alert(1)</script>", false),
            new Hostile("31 February", "2026-02-31", false),
            new Hostile("year 0", "0000-01-01", false),
            new Hostile("year 99999", "99999-01-01", false),
            new Hostile("letters", "abc", false),
            new Hostile("25:99", "25:99", false),
            new Hostile("24:00", "24:00", false),
            new Hostile("negative", "-1", false),
            new Hostile("huge", "99999999999999999999", false),
            new Hostile("empty", "", false),
            new Hostile("nil uuid", "00000000-0000-0000-0000-000000000000", false));

    /** The fields a handler reads from a form: request parameters and bound records' components. */
    static Map<String, String> fieldsOf(HandlerMethod handler) {
        var fields = new LinkedHashMap<String, String>();
        for (var parameter : handler.getMethodParameters()) {
            var type = parameter.getParameterType();
            var name = name(parameter);
            if (parameter.hasParameterAnnotation(RequestParam.class)) {
                fields.put(name, baseline(name, type));
            } else if (type.isRecord()
                    && (parameter.hasParameterAnnotation(ModelAttribute.class)
                            || parameter.getParameterAnnotations().length == 0)) {
                components(type, "", fields, 0);
            }
        }
        return fields;
    }

    private static String name(MethodParameter parameter) {
        var annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        return parameter.getParameter().getName();
    }

    private static void components(Class<?> type, String prefix, Map<String, String> fields, int depth) {
        if (depth > 2) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            var name = prefix + component.getName();
            var componentType = component.getType();
            if (Collection.class.isAssignableFrom(componentType)
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.isRecord()) {
                components(element, name + "[0].", fields, depth + 1);
            } else if (componentType.isRecord()) {
                components(componentType, name + ".", fields, depth + 1);
            } else {
                fields.put(name, baseline(name, componentType));
            }
        }
    }

    /** A harmless value of the field's type, so that the hostile one is what the answer is about. */
    static String baseline(String name, Class<?> type) {
        if (type == LocalDate.class) {
            return name.toLowerCase().contains("birth")
                    ? "1990-05-04"
                    : LocalDate.now().plusDays(21).toString();
        }
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == java.time.LocalTime.class) {
            return "10:00";
        }
        return "Tekst";
    }

    /** The route as a pattern of concrete paths: each {variable} stands for one segment. */
    static Pattern asPattern(String route) {
        return Pattern.compile(Pattern.quote(route).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }

    /** The names under which a list index can be altered: {@code members[0].x} becomes these. */
    static List<String> alteredIndexes(String field) {
        var found = new ArrayList<String>();
        var matcher = Pattern.compile("\\[\\d+]").matcher(field);
        if (matcher.find()) {
            found.add(matcher.replaceFirst("[99999]"));
            found.add(field.replaceFirst("\\[\\d+]", "[-1]"));
            found.add(field.replaceFirst("\\[\\d+]", "[abc]"));
        }
        return found;
    }
}
