package nl.eenplan.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.eenplan.home.FieldRules;

/**
 * MON-1, MON-2: the qualitative findings of a municipality's yearly evaluation, in four texts: what went
 * well, what can be better, what families told (client experience panels) and the agreements for next
 * year. Municipal management text about the method's use, never about a person.
 */
public record Findings(String wentWell, String couldBeBetter, String familyExperiences, String nextYear) {

    /** The longest text of each part. */
    public static final int MAX = FieldRules.LONG_TEXT;

    /** Every text stripped; a missing text is empty. */
    public Findings {
        wentWell = clean(wentWell);
        couldBeBetter = clean(couldBeBetter);
        familyExperiences = clean(familyExperiences);
        nextYear = clean(nextYear);
    }

    /** Nothing written yet. */
    public static Findings empty() {
        return new Findings("", "", "", "");
    }

    /** The texts by field name, in the order of the report. */
    public Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("wentWell", wentWell);
        fields.put("couldBeBetter", couldBeBetter);
        fields.put("familyExperiences", familyExperiences);
        fields.put("nextYear", nextYear);
        return fields;
    }

    /** The message key of each field's problem (too long, or not text one can type); empty when all is well. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        fields().forEach((field, text) -> {
            if (text.length() > MAX) {
                problems.put(field, "monitoring.evaluation.tooLong");
            } else if (!FieldRules.isText(text, true)) {
                problems.put(field, "monitoring.evaluation.notText");
            }
        });
        return problems;
    }

    /** Whether nothing is written at all. */
    public boolean isEmpty() {
        return fields().values().stream().allMatch(String::isEmpty);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
