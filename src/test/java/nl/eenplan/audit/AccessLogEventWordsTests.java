package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * X-1, X-2: every event the code writes to the access log has its own words for the household, in
 * Dutch and English. The events are found in the source: the argument given for a parameter named
 * {@code event} of any method, constructor or record that carries one (AuditEvent, AccountActivity
 * and the modules' own log helpers), followed through constants and local variables.
 */
class AccessLogEventWordsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Pattern EVENT_PARAMETER = Pattern.compile(
            "(private\\s+)?(static\\s+[\\w<>\\[\\]]+\\s+)?(\\w+)\\s*\\(([^()]*\\bString\\s+event\\b[^()]*)\\)");
    private static final Pattern CALL_INSIDE = Pattern.compile("\\([^()]*\\)");

    /** A method, constructor or record that takes an event: where it may be called and where the event goes. */
    private record Helper(String call, Path onlyIn, int arity, int index) {}

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.]*");

    @Test
    @DisplayName("X-1, X-2: every access-log event in the code has its own Dutch and English words")
    void everyEventHasWords() {
        var events = eventsInSource();
        assertThat(events)
                .as("the scan sees events written directly, by helpers, by account activity and by constants")
                .contains(
                        "LOGOUT",
                        "PLAN_READ",
                        "CONSENTS_READ",
                        "PASSWORD_CHANGED",
                        "ESCALATION_SETTINGS_CHANGED",
                        "HOUSEHOLD_DESTROYED",
                        "DESTRUCTION_DECIDED")
                .hasSizeGreaterThan(90);
        assertThat(events).as("the events are names, not details").allMatch(e -> e.matches("[A-Z][A-Z0-9_]*"));

        for (var bundle : List.of("audit.properties", "audit_en.properties")) {
            var keys = bundle(bundle).stringPropertyNames();
            assertThat(events.stream()
                            .filter(e -> !keys.contains("audit.event." + e))
                            .toList())
                    .as("events without audit.event.<EVENT> in " + bundle)
                    .isEmpty();
        }
    }

    static Set<String> eventsInSource() {
        var files = sources();
        var helpers = new ArrayList<Helper>();
        var constants = new HashMap<String, String>();
        for (var file : files.entrySet()) {
            var text = file.getValue();
            var m = EVENT_PARAMETER.matcher(text);
            while (m.find()) {
                var call = m.group(2) == null ? m.group(3) : ownerOf(text) + "." + m.group(3);
                var parameters = split(m.group(4));
                helpers.add(new Helper(
                        call, m.group(1) == null ? null : file.getKey(), parameters.size(), indexOfEvent(parameters)));
            }
            var c = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*([^;]+);")
                    .matcher(text);
            while (c.find()) {
                constants.merge(c.group(1), c.group(2), (a, b) -> a + " " + b);
            }
        }
        var events = new TreeSet<String>();
        for (var file : files.entrySet()) {
            var text = file.getValue();
            for (var helper : helpers) {
                if (helper.onlyIn() != null && !helper.onlyIn().equals(file.getKey())) {
                    continue;
                }
                var before = helper.call().contains(".") ? "(?<![\\w.])" : "(?<!\\w)";
                var call = Pattern.compile(before + Pattern.quote(helper.call()) + "\\s*\\(")
                        .matcher(text);
                while (call.find()) {
                    var arguments = arguments(text, call.end());
                    if (arguments.size() == helper.arity()) {
                        events.addAll(literals(arguments.get(helper.index()).strip(), text, constants));
                    }
                }
            }
        }
        return events;
    }

    /**
     * The literals an argument stands for: its own (not those it passes on to a call, such as a column
     * name read from the database), or those of the constant or local variable it names.
     */
    private static List<String> literals(String argument, String file, Map<String, String> constants) {
        var found = new ArrayList<String>();
        var m = LITERAL.matcher(withoutCalls(argument));
        while (m.find()) {
            found.add(m.group(1));
        }
        if (found.isEmpty() && NAME.matcher(argument).matches()) {
            var name = argument.substring(argument.lastIndexOf('.') + 1);
            var local = Pattern.compile("(?:var|String)\\s+" + Pattern.quote(name) + "\\s*=\\s*([^;]+);")
                    .matcher(file);
            var values = new StringBuilder(constants.getOrDefault(name, ""));
            while (local.find()) {
                values.append(' ').append(withoutCalls(local.group(1)));
            }
            var v = LITERAL.matcher(values);
            while (v.find()) {
                found.add(v.group(1));
            }
        }
        return found;
    }

    /** The arguments of the call whose opening parenthesis ends at {@code start}, split at the top level. */
    private static List<String> arguments(String text, int start) {
        var arguments = new ArrayList<String>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = start; i < text.length(); i++) {
            var ch = text.charAt(i);
            if (ch == '"') {
                var end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(text, i, Math.min(end + 1, text.length()));
                i = end;
                continue;
            }
            if (ch == '(' || ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}' || ch == ']') {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (ch == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(ch);
        }
        return arguments;
    }

    private static int indexOfEvent(List<String> parameters) {
        for (var i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).strip().matches("(final\\s+)?String\\s+event")) {
                return i;
            }
        }
        throw new IllegalStateException("no event among " + parameters);
    }

    /** Parameters split at the commas outside type arguments. */
    private static List<String> split(String parameters) {
        var parts = new ArrayList<String>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < parameters.length(); i++) {
            var ch = parameters.charAt(i);
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(parameters.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(parameters.substring(start));
        return parts;
    }

    private static String withoutCalls(String expression) {
        var previous = "";
        var current = expression;
        while (!current.equals(previous)) {
            previous = current;
            current = CALL_INSIDE.matcher(current).replaceAll("");
        }
        return current;
    }

    private static String ownerOf(String text) {
        var m = Pattern.compile("(?:class|record|interface|enum)\\s+(\\w+)").matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static Map<Path, String> sources() {
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            var files = new HashMap<Path, String>();
            for (var p : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(p, Files.readString(p).replaceAll("(?m)^\\s*(\\*|//).*$", ""));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
