package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.ApiScope;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every user-facing text comes from the message bundles, and both bundles know every key. */
class I18nTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    private static final Set<String> PLACEHOLDER_ATTRIBUTES =
            Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert");
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("alt", "title", "aria-label", "aria-description", "placeholder");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern FORM_INPUT_LABEL = Pattern.compile("fragments/form :: input\\('[^']*', '([^']+)'");
    private static final List<Pattern> KEYS_IN_JAVA = List.of(
            Pattern.compile("rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("\\.reject\\(\\s*\"([^\"]+)\""),
            Pattern.compile("addFlashAttribute\\(\\s*\"notice\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\""));
    private static final Pattern STATIC_KEY = Pattern.compile("^[A-Za-z0-9_.\\-]+");
    private static final Pattern KEY_LIKE_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void everyKeyIsInBothBundles() {
        var dutch = bundle("messages.properties").stringPropertyNames();
        var english = bundle("messages_en.properties").stringPropertyNames();

        assertThat(without(dutch, english))
                .as("keys missing in messages_en.properties")
                .isEmpty();
        assertThat(without(english, dutch))
                .as("keys missing in messages.properties")
                .isEmpty();
    }

    @Test
    void noBundleDefinesAKeyTwice() {
        for (var file : files(BUNDLES, ".properties")) {
            var name = file.getFileName().toString();
            var seen = new TreeSet<String>();
            var twice = read(file)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key))
                    .toList();
            assertThat(twice).as("keys defined twice in " + name).isEmpty();
        }
    }

    @Test
    void translationsKeepTheArgumentsAndEscapeApostrophesOnlyWhereArgumentsAre() {
        var dutch = bundle("messages.properties");
        var english = bundle("messages_en.properties");
        var problems = new ArrayList<String>();
        for (var key : english.stringPropertyNames()) {
            var text = english.getProperty(key);
            if (dutch.containsKey(key) && !arguments(text).equals(arguments(dutch.getProperty(key)))) {
                problems.add(key + ": arguments differ from the Dutch text");
            }
        }
        for (var bundle : List.of(dutch, english)) {
            for (var key : bundle.stringPropertyNames()) {
                var text = bundle.getProperty(key);
                var formatted = ARGUMENT.matcher(text).find();
                if (formatted && LONE_APOSTROPHE.matcher(text).find()) {
                    problems.add(key + ": has arguments, so write an apostrophe as ''");
                } else if (!formatted && text.contains("''")) {
                    problems.add(key + ": has no arguments, so write an apostrophe as '");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyInATemplateIsInTheBundle() {
        var keys = bundle("messages.properties").stringPropertyNames();
        var missing = new ArrayList<String>();
        for (var template : files(TEMPLATES, ".html")) {
            var source = read(template);
            for (var use : keysUsedIn(source)) {
                var known = use.endsWith(".") ? keys.stream().anyMatch(key -> key.startsWith(use)) : keys.contains(use);
                if (!known) {
                    missing.add(TEMPLATES.relativize(template) + ": " + use);
                }
            }
            FORM_INPUT_LABEL.matcher(source).results().map(m -> m.group(1)).forEach(label -> {
                if (!keys.contains(label)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + label);
                }
            });
        }
        assertThat(missing)
                .as("keys (or key prefixes ending in '.') missing in messages.properties")
                .isEmpty();
    }

    @Test
    void everyChoiceShownInTheUiHasALabel() throws ClassNotFoundException {
        var keys = bundle("messages.properties").stringPropertyNames();
        var missing = new ArrayList<String>();
        Map.<String, Enum<?>[]>of(
                        "role.", StaffRole.values(),
                        "account.kind.", AccountKind.values(),
                        "token.scope.", ApiScope.values(),
                        "organisation.kind.", OrganisationKind.values(),
                        "people.kind.", constantsOf("nl.eenplan.organisation.web.InvitationForm$InviteKind"))
                .forEach((prefix, constants) -> Stream.of(constants)
                        .map(constant -> prefix + constant.name())
                        .filter(key -> !keys.contains(key))
                        .forEach(missing::add));
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() {
        var parser = Parser.htmlParser().setTrackPosition(true);
        var findings = new ArrayList<String>();
        for (var template : files(TEMPLATES, ".html")) {
            var document = Jsoup.parse(read(template), "", parser);
            var where = TEMPLATES.relativize(template) + ":";
            document.getAllElements().forEach(element -> {
                for (var node : element.childNodes()) {
                    if (node instanceof TextNode text
                            && LETTER.matcher(text.text()).find()
                            && !isPlaceholder(element)) {
                        findings.add(
                                where + line(node) + " text '" + text.text().strip() + "'");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (isTextAttribute(element, attribute.getKey())
                            && LETTER.matcher(attribute.getValue()).find()) {
                        findings.add(
                                where + line(element) + " " + attribute.getKey() + "='" + attribute.getValue() + "'");
                    }
                });
            });
        }
        assertThat(findings)
                .as("hard-coded text; use th:text or th:attr with a message key")
                .isEmpty();
    }

    @Test
    void everyMessageKeyNamedInJavaCodeIsInTheBundle() {
        var keys = bundle("messages.properties").stringPropertyNames();
        var namespaces =
                keys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        var missing = new TreeSet<String>();
        for (var file : files(SOURCES, ".java")) {
            var source = read(file);
            var where = SOURCES.relativize(file) + ": ";
            KEYS_IN_JAVA.forEach(pattern -> pattern.matcher(source)
                    .results()
                    .map(m -> m.group(1))
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> missing.add(where + key)));
            KEY_LIKE_LITERAL
                    .matcher(source)
                    .results()
                    .map(m -> m.group(1))
                    .filter(key -> namespaces.contains(key.substring(0, key.indexOf('.') + 1)))
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> missing.add(where + key));
        }
        assertThat(missing)
                .as("message keys used in Java but missing in messages.properties")
                .isEmpty();
    }

    /**
     * The static keys ({@code #{a.b}}) and the fixed prefixes of built keys ({@code #{|role.${r}|}} gives
     * {@code role.}) in a template; keys held in a variable ({@code #{${label}}}) are left out.
     */
    private static List<String> keysUsedIn(String source) {
        var keys = new ArrayList<String>();
        for (int at = source.indexOf("#{"); at >= 0; at = source.indexOf("#{", at + 2)) {
            var rest = source.substring(at + 2);
            if (rest.startsWith("|")) {
                var literal = rest.substring(1, rest.indexOf('|', 1));
                var variable = literal.indexOf("${");
                keys.add(variable < 0 ? literal : literal.substring(0, variable));
            } else if (!rest.startsWith("${")) {
                var key = STATIC_KEY.matcher(rest);
                if (key.find()) {
                    keys.add(key.group());
                }
            }
        }
        return keys;
    }

    /** The page-level {@code th:replace} on {@code <html>} hands a section to the layout; it is no placeholder. */
    private static boolean isPlaceholder(Element element) {
        for (var e = element; e != null; e = e.parent()) {
            if (!"html".equals(e.normalName())
                    && PLACEHOLDER_ATTRIBUTES.stream().anyMatch(e::hasAttr)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTextAttribute(Element element, String name) {
        return TEXT_ATTRIBUTES.contains(name)
                || ("value".equals(name)
                        && "input".equals(element.normalName())
                        && Set.of("submit", "button", "reset").contains(element.attr("type")));
    }

    private static int line(Node node) {
        return node.sourceRange().start().lineNumber();
    }

    private static Set<String> arguments(String text) {
        return ARGUMENT.matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    /** For a choice whose enum is hidden inside its module's web package. */
    private static Enum<?>[] constantsOf(String enumName) throws ClassNotFoundException {
        return (Enum<?>[]) Class.forName(enumName).getEnumConstants();
    }

    private static Set<String> without(Set<String> all, Set<String> removed) {
        var rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }

    /**
     * The Dutch ("messages.properties") or English ("messages_en.properties") texts: every bundle in
     * the folder of that language together, as Spring's MessageSource sees them. A key in two
     * bundles of one language fails the test.
     */
    private static Properties bundle(String name) {
        var english = name.endsWith("_en.properties");
        var merged = new Properties();
        for (var file : files(BUNDLES, ".properties")) {
            if (file.getFileName().toString().endsWith("_en.properties") != english) {
                continue;
            }
            var properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (var key : properties.stringPropertyNames()) {
                assertThat(merged.containsKey(key))
                        .as("key %s is in two bundles (%s)", key, file.getFileName())
                        .isFalse();
                merged.setProperty(key, properties.getProperty(key));
            }
        }
        return merged;
    }

    private static List<Path> files(Path folder, String suffix) {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
