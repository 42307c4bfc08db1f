package nl.eenplan.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One module's part of a personal-data copy. {@code name} is a lower-case word ("household",
 * "plan") that names the section in the JSON copy; the PDF titles it with message {@code
 * audit.data.section.<name>} when there is one. {@code data} keeps its order and holds values Jackson
 * can write: texts, numbers, booleans, dates and times, UUIDs, lists, maps and records of those.
 */
public record PersonalDataSection(String name, Map<String, Object> data) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z]*");

    public PersonalDataSection {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a section is named by one word: " + name);
        }
        if (data == null) {
            throw new IllegalArgumentException("a section holds data, if only an empty map");
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
